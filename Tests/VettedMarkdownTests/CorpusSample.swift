// Written by scripts/markdown-parallel-check --write-fixture; do not edit.

/// Every 400th review body of the 10,000 that `../shared/bench/gen_corpus.py 10000`
/// writes, front matter removed.
enum CorpusSample {
    static let bodies: [(name: String, text: String)] = [
        ("product-00000.md", #"""
Analytics servers location **default** training identifiers client lawful breach deletion rights export subsidiary basis deletion account data account device interest policy. Vendor export device sensitive model region processor region storage storage policy request disclosure location affiliate basis browser vendor. Location default analytics lawful **request** lawful `summary` prompts client. Default workflow `regulator` training [export](https://example.org/transfer/623) processor location consent transfer data prompts policy client browser provider safeguards vendor disclosure region rights.

## Product 00000 Interest: encryption affiliate controller

[subsidiary](https://example.org/contract/574) breach location encryption retention training browser sensitive affiliate disclosure. Region transfer [review](https://example.org/policy/44) identifiers processor rights breach device jurisdiction rights lawful freelancer basis training disclosure training audit interest provider analytics affiliate audit. Contract account retention basis storage audit subsidiary affiliate controller browser [location](https://example.org/transfer/554) jurisdiction sensitive. Upload model opt-out regulator audit subsidiary location interest policy summary disclosure cookies export access consent. Default subsidiary confidential controller servers request audit servers **request** [review](https://example.org/summary/135) provider prompts default device default sensitive request transfer browser. Browser model location rights affiliate default training policy affiliate device browser vendor consent contract.

Default upload **analytics** client analytics review affiliate jurisdiction provider breach. Region sensitive affiliate confidential summary encryption policy **servers** jurisdiction account interest regulator region. Freelancer training vendor summary training request client data prompts export policy model freelancer request processor prompts vendor device contract analytics consent. Vendor contract breach safeguards lawful retention processor consent client provider access affiliate freelancer upload audit.

Default confidential location location rights transfer regulator summary. Freelancer controller export audit upload region retention freelancer upload region sensitive. Provider safeguards [device](https://example.org/encryption/952) summary lawful sensitive storage audit provider. Export controller request rights affiliate processor deletion lawful region identifiers processor prompts contract encryption access controller servers controller regulator servers contract. Regulator opt-out [default](https://example.org/device/539) location transfer analytics review jurisdiction lawful.

- Telemetry lawful opt-out servers basis encryption provider processor device upload `browser` **browser**.
- [client](https://example.org/review/228) storage client deletion disclosure account prompts request request consent provider telemetry retention jurisdiction default.
- Access upload request `audit` sensitive audit basis identifiers sensitive.

## Product 00000 Interest: audit data vendor

Request review consent regulator basis audit sensitive upload training provider lawful client model deletion regulator summary region transfer controller upload prompts. Export summary subsidiary device region confidential request encryption browser deletion provider rights region identifiers interest access client disclosure model. Telemetry provider storage opt-out storage consent breach device contract account export. Provider consent opt-out request breach prompts policy freelancer account consent request `account` transfer. Account jurisdiction sensitive storage account analytics affiliate servers default breach.

Freelancer telemetry opt-out consent lawful provider **deletion** location subsidiary analytics disclosure confidential telemetry deletion policy retention provider workflow browser. Storage rights audit cookies **summary** regulator data prompts [telemetry](https://example.org/region/432) summary account freelancer deletion deletion affiliate jurisdiction region. Controller processor basis [access](https://example.org/summary/702) policy telemetry processor identifiers prompts provider audit prompts lawful `servers` export disclosure telemetry. Upload export deletion access policy account processor prompts workflow workflow device contract interest account encryption. Basis analytics transfer disclosure deletion [analytics](https://example.org/telemetry/725) identifiers disclosure request regulator retention export regulator consent client **interest** browser. Client region **jurisdiction** deletion telemetry breach access servers freelancer [location](https://example.org/workflow/639) `transfer`.

Telemetry export export telemetry lawful vendor deletion region retention controller workflow prompts **prompts** interest workflow deletion. Account rights transfer subsidiary disclosure summary rights [contract](https://example.org/freelancer/55) `freelancer` interest. Telemetry deletion analytics `access` export breach disclosure account basis policy [model](https://example.org/export/833) request opt-out sensitive controller vendor vendor sensitive vendor region. Contract contract storage breach affiliate prompts contract opt-out model subsidiary default jurisdiction. Browser export telemetry lawful analytics location rights request contract breach browser region confidential freelancer consent subsidiary summary vendor interest affiliate. Servers subsidiary prompts lawful telemetry identifiers policy `deletion` region model data sensitive deletion client.

| Aspect | Product 00000 Interest | Alternative |
|---|---|---|
| processor | policy | region |
| summary | breach | client |
| prompts | confidential | freelancer |
| cookies | cookies | disclosure |

### upload transfer vendor vendor

Region deletion prompts audit confidential storage encryption default encryption safeguards sensitive summary safeguards lawful analytics sensitive opt-out. Workflow confidential confidential controller policy confidential jurisdiction cookies upload device summary [policy](https://example.org/analytics/813) client `safeguards` access. Telemetry subsidiary contract policy encryption review opt-out regulator upload client opt-out encryption default account. Lawful prompts interest retention access export identifiers transfer default export.

## Product 00000 Interest: rights cookies provider

Model location deletion transfer servers controller workflow opt-out summary browser jurisdiction browser [contract](https://example.org/client/352) model export. Data controller export regulator confidential consent region device basis audit disclosure browser training device encryption default policy breach. Summary browser [audit](https://example.org/policy/119) cookies analytics access upload `identifiers` disclosure freelancer browser lawful controller confidential account cookies servers provider. Jurisdiction data interest breach [identifiers](https://example.org/consent/516) transfer sensitive storage cookies cookies sensitive. Regulator servers interest regulator provider policy deletion safeguards sensitive consent storage lawful region safeguards cookies summary summary jurisdiction. Encryption rights contract summary interest regulator export analytics safeguards jurisdiction breach audit contract [provider](https://example.org/summary/658) **subsidiary** processor summary.

Deletion processor deletion [telemetry](https://example.org/device/961) opt-out contract cookies identifiers upload sensitive default storage review regulator client encryption. Access workflow identifiers workflow encryption location controller workflow opt-out request summary safeguards retention transfer region audit. Disclosure encryption affiliate **breach** regulator storage audit lawful sensitive opt-out deletion jurisdiction export lawful browser processor. Summary training audit browser basis data telemetry default upload audit rights cookies training subsidiary servers servers summary.

> Identifiers telemetry model prompts opt-out controller consent training affiliate interest summary review opt-out cookies retention [region](https://example.org/identifiers/390) summary location vendor export access vendor.

## Product 00000 Interest: jurisdiction access review

Upload upload prompts encryption servers prompts opt-out prompts contract summary. Prompts cookies upload [encryption](https://example.org/access/857) freelancer consent interest basis safeguards access confidential contract account interest model region client subsidiary lawful browser. Sensitive deletion contract consent location client `affiliate` export interest region breach interest access **request** breach freelancer. `basis` consent sensitive jurisdiction controller default consent affiliate prompts storage interest controller jurisdiction opt-out deletion disclosure. Freelancer device upload model cookies identifiers deletion subsidiary controller access access [retention](https://example.org/export/443) encryption sensitive safeguards upload **encryption** client encryption.

Location consent encryption upload regulator affiliate sensitive vendor encryption processor deletion regulator subsidiary access identifiers interest. Data browser policy review account analytics lawful client analytics contract basis deletion controller default confidential affiliate export rights [rights](https://example.org/encryption/276) freelancer. Location cookies policy policy provider access device identifiers cookies data request safeguards provider analytics vendor device. Lawful controller export client account breach transfer basis policy `basis` affiliate processor sensitive subsidiary. Device jurisdiction [model](https://example.org/summary/247) servers rights lawful upload audit **device** analytics. Browser telemetry review retention workflow contract upload regulator prompts controller consent servers processor region subsidiary prompts storage retention identifiers.

Freelancer rights disclosure audit account training analytics account cookies audit **servers** workflow device browser. Review **transfer** subsidiary transfer jurisdiction access review sensitive basis confidential transfer. Vendor account safeguards breach audit vendor controller subsidiary vendor deletion cookies account location storage disclosure `summary`. Disclosure sensitive default policy audit vendor review workflow retention request sensitive `account` default provider servers data [controller](https://example.org/provider/442) confidential identifiers subsidiary jurisdiction sensitive. Access data identifiers region consent storage sensitive processor review encryption region jurisdiction confidential disclosure `controller` contract servers vendor.

- Confidential prompts freelancer **cookies** servers opt-out transfer review deletion regulator confidential provider provider review breach.
- Sensitive cookies subsidiary deletion sensitive export default disclosure policy regulator client processor vendor opt-out disclosure summary device transfer identifiers breach default.
- Interest opt-out [controller](https://example.org/rights/795) region breach browser jurisdiction transfer jurisdiction **request** processor safeguards deletion.
- Device browser access policy access data review browser account controller deletion vendor.
- Confidential encryption sensitive upload training identifiers **contract** request interest analytics request retention sensitive retention audit processor safeguards disclosure controller jurisdiction sensitive transfer.

### device retention deletion storage

Sensitive account subsidiary `disclosure` account rights default controller request audit region model access controller safeguards consent consent training workflow **safeguards**. Deletion analytics affiliate contract workflow summary servers browser audit export browser **opt-out** location regulator training regulator audit identifiers. Audit browser access retention processor confidential training subsidiary freelancer confidential identifiers consent contract consent request transfer identifiers disclosure. Request contract consent training opt-out identifiers identifiers storage browser safeguards browser regulator jurisdiction breach analytics location provider browser vendor.

## Product 00000 Interest: opt-out storage request

Lawful summary sensitive **subsidiary** model servers export default upload identifiers vendor freelancer sensitive device. [disclosure](https://example.org/account/23) subsidiary controller browser `opt-out` safeguards prompts account request access consent. Workflow disclosure **controller** breach workflow sensitive breach servers. Telemetry browser cookies rights rights model consent interest summary account telemetry review. Telemetry contract affiliate storage default prompts basis disclosure identifiers client rights browser deletion breach review interest vendor encryption sensitive opt-out. Contract export **transfer** summary device export cookies deletion access identifiers opt-out region.

| Aspect | Product 00000 Interest | Alternative |
|---|---|---|
| encryption | lawful | opt-out |
| consent | jurisdiction | device |
| subsidiary | vendor | telemetry |
| disclosure | contract | identifiers |

### sensitive consent vendor cookies

Retention access jurisdiction consent confidential analytics contract retention servers access safeguards browser **rights** default prompts basis basis. Interest disclosure disclosure client deletion analytics affiliate controller review interest deletion safeguards contract telemetry subsidiary servers default telemetry data. Subsidiary contract analytics access transfer deletion transfer controller safeguards safeguards model workflow access default workflow request region confidential. Deletion regulator retention client safeguards processor [freelancer](https://example.org/policy/603) data account summary breach basis.

## Product 00000 Interest: default vendor affiliate

Policy sensitive servers export default audit workflow cookies `sensitive` policy subsidiary. Interest **servers** identifiers transfer identifiers contract provider cookies subsidiary processor default controller model default regulator safeguards storage review jurisdiction prompts subsidiary browser. Provider data data basis telemetry policy export workflow retention subsidiary workflow `cookies` request. Training processor servers storage storage disclosure rights request retention.

> Data rights policy vendor jurisdiction training analytics sensitive rights lawful breach access.

### affiliate workflow policy identifiers

Storage freelancer freelancer [request](https://example.org/review/449) prompts affiliate controller consent consent review browser summary location vendor client export transfer. [model](https://example.org/analytics/666) regulator encryption review confidential upload encryption deletion subsidiary model **access** interest freelancer export audit breach disclosure retention prompts. Default lawful region summary disclosure access analytics confidential storage analytics data telemetry access sensitive disclosure jurisdiction controller default region. Region request summary workflow identifiers default basis **vendor** analytics processor basis freelancer controller export confidential [policy](https://example.org/analytics/347) jurisdiction. [audit](https://example.org/workflow/521) jurisdiction browser safeguards freelancer breach transfer summary analytics affiliate lawful.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-00400.md", #"""
Encryption regulator jurisdiction sensitive interest browser **client** client model affiliate policy regulator disclosure default retention rights. Access encryption storage client training workflow breach **location** breach interest audit policy [rights](https://example.org/audit/148) lawful sensitive processor client access data summary. Storage review disclosure jurisdiction **training** storage prompts confidential provider telemetry subsidiary cookies confidential upload data model lawful training jurisdiction. Regulator model telemetry contract identifiers prompts cookies retention audit retention browser vendor cookies affiliate training safeguards freelancer regulator. Upload disclosure default vendor prompts storage policy consent client lawful deletion. Client provider workflow `processor` provider request browser data contract vendor model.

## Product 00400 Model: policy access workflow

Consent **disclosure** retention data default training safeguards encryption provider processor summary safeguards regulator client consent vendor account prompts cookies transfer. Contract encryption storage safeguards model confidential request **data** summary cookies. Opt-out transfer confidential retention contract basis analytics jurisdiction.

- Regulator data storage data deletion lawful device subsidiary servers audit prompts controller request.
- Subsidiary transfer jurisdiction controller location affiliate subsidiary [account](https://example.org/summary/508) retention.
- [location](https://example.org/request/330) rights confidential lawful processor default telemetry regulator opt-out device subsidiary region model basis.
- Opt-out interest retention policy basis subsidiary training transfer access regulator telemetry controller policy disclosure interest interest disclosure lawful review audit.

### jurisdiction breach workflow prompts

Deletion consent identifiers processor disclosure cookies lawful training lawful provider regulator export [storage](https://example.org/training/916) opt-out freelancer servers opt-out processor. Summary review request audit default default prompts review deletion `regulator` consent. Account data summary request workflow processor [analytics](https://example.org/lawful/503) export storage affiliate processor cookies breach cookies analytics audit transfer. Upload access opt-out freelancer account cookies consent rights servers freelancer confidential servers basis. Freelancer [region](https://example.org/review/650) storage encryption region data policy processor request deletion browser.

## Product 00400 Model: disclosure account audit

Training regulator disclosure breach processor confidential sensitive device deletion storage servers encryption disclosure data data retention processor default region lawful default rights. Model opt-out region account rights affiliate encryption cookies contract regulator upload model deletion jurisdiction rights deletion request storage upload cookies. Storage workflow upload prompts upload jurisdiction breach subsidiary default affiliate **consent** prompts interest deletion telemetry device lawful confidential telemetry. Request telemetry region safeguards request jurisdiction servers retention deletion. Upload analytics prompts deletion upload interest freelancer client training access deletion region freelancer browser review [servers](https://example.org/access/176) sensitive basis transfer workflow affiliate rights.

| Aspect | Product 00400 Model | Alternative |
|---|---|---|
| default | subsidiary | affiliate |
| data | transfer | freelancer |
| data | rights | location |
| access | vendor | jurisdiction |

### provider servers transfer workflow

Storage controller training training consent audit servers workflow summary regulator prompts telemetry consent region data breach location transfer vendor basis. Deletion disclosure retention storage opt-out audit servers sensitive review safeguards training storage storage disclosure processor jurisdiction storage. Device browser **retention** lawful review processor freelancer interest basis confidential.

## Product 00400 Model: training identifiers policy

Controller default confidential deletion storage servers rights subsidiary [storage](https://example.org/audit/315) model region model model analytics lawful. Model deletion safeguards cookies identifiers browser `**upload**` safeguards review analytics. Transfer consent lawful basis provider retention training servers affiliate policy client region default.

Breach **provider** account data request vendor client review. Encryption location servers prompts location processor affiliate lawful account data encryption access audit `audit` client client consent provider cookies jurisdiction account. Account freelancer analytics provider telemetry controller export export breach location rights upload. Interest telemetry provider opt-out [rights](https://example.org/transfer/651) freelancer account model retention basis data transfer telemetry region. Review device affiliate **default** consent request account audit [consent](https://example.org/model/803) opt-out breach. Location basis controller opt-out device controller provider interest regulator default region [servers](https://example.org/sensitive/137) controller vendor **location** basis confidential.

[lawful](https://example.org/freelancer/569) storage analytics policy transfer default data deletion sensitive training access **regulator** freelancer deletion training model rights analytics breach. Region servers sensitive prompts storage affiliate safeguards request opt-out model storage disclosure interest subsidiary servers servers vendor sensitive contract prompts default regulator. Breach **jurisdiction** upload consent audit data [regulator](https://example.org/storage/283) `encryption` basis workflow analytics deletion audit freelancer upload lawful. Subsidiary export default vendor upload model device sensitive cookies freelancer upload audit policy contract confidential cookies consent analytics review safeguards rights [encryption](https://example.org/interest/195). Sensitive provider safeguards opt-out jurisdiction browser opt-out region cookies storage opt-out subsidiary vendor regulator device opt-out vendor default jurisdiction subsidiary.

> Breach subsidiary default account location identifiers audit workflow workflow transfer regulator opt-out.

## Product 00400 Model: analytics freelancer location

Basis basis provider controller processor subsidiary browser contract request upload deletion lawful model processor. Location controller region location basis region access access. Sensitive basis interest disclosure opt-out cookies review consent **telemetry** model.

Processor freelancer review lawful affiliate data upload client policy sensitive training transfer safeguards opt-out basis region analytics audit **access** deletion audit. Affiliate consent [storage](https://example.org/access/683) opt-out audit transfer training processor interest browser access servers transfer training jurisdiction. Upload retention device lawful [basis](https://example.org/lawful/237) provider basis **transfer** basis affiliate sensitive training disclosure jurisdiction analytics.

- Vendor processor breach processor request default opt-out **client**.
- Request device request analytics workflow interest basis storage client affiliate interest subsidiary processor policy breach upload model jurisdiction servers confidential.
- Contract account [review](https://example.org/jurisdiction/945) freelancer servers jurisdiction request transfer rights.
- `telemetry` workflow confidential safeguards training deletion vendor identifiers browser jurisdiction interest account **client** consent upload default review retention cookies account regulator workflow.

### rights summary device account

Safeguards request client account controller rights account retention account sensitive account `telemetry` client telemetry interest. Confidential `export` policy access lawful access identifiers device **access**. Device policy access basis sensitive lawful policy policy.

## Product 00400 Model: sensitive consent safeguards

Device confidential retention policy access telemetry encryption consent policy prompts audit lawful consent. Breach transfer vendor lawful audit location browser confidential retention `retention`. Consent transfer account data breach [storage](https://example.org/servers/150) encryption browser data cookies transfer **policy** freelancer request freelancer.

Model opt-out affiliate identifiers default rights safeguards [lawful](https://example.org/identifiers/172) rights. Upload freelancer identifiers training confidential cookies deletion account [data](https://example.org/processor/459) regulator identifiers device freelancer. Telemetry breach servers subsidiary data opt-out identifiers transfer. Jurisdiction storage provider interest default lawful deletion prompts safeguards. Controller freelancer review lawful analytics model audit access access retention opt-out training basis servers access rights telemetry disclosure. Vendor subsidiary account region transfer retention request storage upload sensitive request subsidiary default disclosure provider telemetry interest interest data storage sensitive model.

Access freelancer retention [request](https://example.org/freelancer/301) freelancer region confidential sensitive freelancer. Analytics encryption workflow deletion subsidiary data jurisdiction region access policy audit export region policy freelancer prompts upload. Review identifiers jurisdiction storage breach provider lawful servers subsidiary regulator request. Safeguards jurisdiction prompts rights safeguards servers telemetry request browser identifiers request freelancer breach contract processor rights deletion vendor controller freelancer.

| Aspect | Product 00400 Model | Alternative |
|---|---|---|
| browser | controller | vendor |
| model | disclosure | storage |
| basis | access | jurisdiction |
| client | interest | prompts |

### affiliate cookies basis storage

Sensitive controller disclosure identifiers breach encryption account storage subsidiary interest regulator basis disclosure lawful rights. Deletion audit storage [request](https://example.org/opt-out/382) subsidiary policy workflow processor. Jurisdiction training export region interest analytics safeguards encryption subsidiary breach regulator subsidiary breach prompts vendor account identifiers. Account freelancer [confidential](https://example.org/browser/368) request contract basis controller deletion controller jurisdiction.

## Product 00400 Model: interest workflow opt-out

Account deletion access upload vendor data location default location summary request contract regulator servers location affiliate retention prompts confidential vendor. Audit training export encryption provider affiliate data account telemetry breach confidential data workflow client [model](https://example.org/safeguards/515) workflow region region storage request jurisdiction jurisdiction. Controller browser access encryption upload analytics servers servers data browser encryption telemetry audit model region browser encryption retention processor opt-out breach.

Safeguards confidential client export contract model client freelancer device [basis](https://example.org/affiliate/635). Client review jurisdiction basis lawful audit freelancer prompts provider training identifiers processor device analytics storage vendor. Browser location contract vendor workflow disclosure opt-out device model deletion subsidiary default consent access affiliate contract interest summary audit retention rights. Policy export **prompts** subsidiary subsidiary identifiers summary account controller policy basis vendor training freelancer controller. Browser training vendor region affiliate data controller disclosure transfer audit safeguards consent. Encryption safeguards workflow vendor affiliate safeguards regulator **default** summary export access workflow rights [review](https://example.org/audit/599) vendor data device jurisdiction training sensitive interest.

Request access consent cookies model regulator regulator [training](https://example.org/account/372). Confidential data request upload `vendor` upload rights opt-out transfer basis telemetry confidential. Safeguards basis model identifiers contract account review cookies consent affiliate vendor device opt-out review prompts browser jurisdiction regulator disclosure region.

> Device controller prompts interest prompts opt-out model consent transfer consent sensitive contract workflow upload training regulator basis account affiliate [lawful](https://example.org/rights/541) subsidiary rights.

### deletion summary export provider

Default freelancer basis interest breach default workflow retention identifiers provider cookies identifiers affiliate interest identifiers sensitive **export** analytics request [provider](https://example.org/upload/376) provider summary. [cookies](https://example.org/policy/12) basis workflow provider sensitive controller client interest identifiers analytics provider safeguards freelancer regulator `affiliate`. Interest model safeguards browser request location encryption rights encryption interest deletion subsidiary identifiers opt-out identifiers telemetry servers retention. Vendor safeguards vendor device rights request opt-out browser prompts sensitive provider request identifiers training [region](https://example.org/opt-out/735) upload. Sensitive client encryption opt-out `storage` analytics retention workflow affiliate identifiers telemetry upload [request](https://example.org/lawful/135) default consent servers.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-00800.md", #"""
Telemetry regulator controller servers workflow jurisdiction vendor location. Contract sensitive opt-out analytics regulator telemetry analytics location device basis rights data subsidiary device sensitive [affiliate](https://example.org/review/669) lawful training data prompts. Training basis `opt-out` audit export cookies safeguards regulator affiliate.

## Product 00800 Rights: rights consent basis

Upload identifiers analytics breach subsidiary telemetry policy [vendor](https://example.org/consent/798). Consent location subsidiary region identifiers breach jurisdiction cookies freelancer storage telemetry cookies upload opt-out identifiers. Prompts servers policy breach confidential workflow affiliate contract policy sensitive opt-out location client account upload regulator review browser.

- Analytics sensitive telemetry deletion encryption cookies policy policy prompts identifiers policy summary.
- Jurisdiction policy consent telemetry account vendor lawful subsidiary retention review default access `access` export breach.
- Default account basis retention encryption affiliate vendor interest device rights interest export basis analytics.
- Breach prompts browser basis sensitive deletion workflow contract telemetry region retention vendor lawful basis deletion sensitive.
- Servers access summary disclosure rights breach default model account safeguards deletion consent client region safeguards access audit.

### encryption audit analytics client

Account jurisdiction provider policy device vendor consent account encryption audit. Data browser upload **regulator** [model](https://example.org/transfer/249) policy disclosure freelancer. Cookies summary default provider workflow breach model telemetry basis jurisdiction location client breach data data client basis.

## Product 00800 Rights: servers access opt-out

Review opt-out prompts access opt-out opt-out telemetry basis model storage summary encryption freelancer training location location cookies data encryption provider. Regulator confidential review account opt-out vendor export workflow contract policy jurisdiction model breach region contract safeguards region [sensitive](https://example.org/device/871) regulator. Provider sensitive interest consent client vendor device account breach analytics export processor prompts prompts device retention request upload servers disclosure client. Storage request [controller](https://example.org/device/367) data training regulator breach controller `retention`. Jurisdiction export encryption review confidential audit provider transfer **prompts** opt-out default.

Sensitive servers encryption provider deletion contract transfer disclosure [review](https://example.org/subsidiary/146) controller basis safeguards default provider location freelancer encryption. Breach vendor request encryption deletion storage confidential request request encryption audit default prompts data sensitive transfer [audit](https://example.org/sensitive/906) contract **safeguards** storage client storage. Sensitive rights export policy policy encryption interest training identifiers regulator device client confidential policy contract export export client audit. **policy** summary browser rights audit `transfer` training regulator [jurisdiction](https://example.org/model/713) confidential browser controller interest analytics. Telemetry freelancer retention regulator processor servers access rights servers client client export basis controller controller policy breach retention analytics safeguards analytics.

| Aspect | Product 00800 Rights | Alternative |
|---|---|---|
| workflow | controller | provider |
| prompts | export | lawful |
| audit | storage | summary |
| telemetry | sensitive | default |

## Product 00800 Rights: breach summary location

Telemetry model **summary** analytics summary servers contract identifiers transfer provider sensitive upload breach review disclosure data `summary` request. Default data audit retention breach processor basis provider encryption lawful controller workflow subsidiary account retention cookies regulator analytics **export** deletion interest. Breach basis contract disclosure training review device access breach affiliate region processor data provider access default upload rights retention. Summary prompts model cookies model identifiers transfer processor lawful [opt-out](https://example.org/audit/187) **deletion** location. Location controller contract retention transfer vendor default request basis retention.

> Rights export workflow training [**workflow**](https://example.org/storage/878) basis jurisdiction breach.

### training sensitive regulator processor

Summary `processor` confidential default interest **confidential** controller analytics data safeguards upload browser policy upload upload. Transfer [freelancer](https://example.org/device/356) analytics client processor retention **freelancer** upload controller account transfer disclosure confidential provider transfer. Retention disclosure data servers device regulator freelancer location provider `policy`.

## Product 00800 Rights: default export summary

Affiliate default **workflow** subsidiary data storage freelancer basis identifiers affiliate audit audit summary `storage`. Deletion lawful model analytics [vendor](https://example.org/training/559) **default** servers `upload` workflow safeguards default. Sensitive workflow cookies audit jurisdiction default telemetry model breach disclosure prompts opt-out confidential export transfer freelancer affiliate consent identifiers. Freelancer review export subsidiary policy export jurisdiction region contract servers provider transfer retention encryption request model client confidential rights sensitive.

**browser** storage storage request audit export rights storage basis opt-out. `identifiers` freelancer contract account controller vendor storage location review retention device analytics servers opt-out vendor encryption interest freelancer. Opt-out region identifiers telemetry region prompts cookies controller transfer subsidiary sensitive freelancer `device` affiliate. Affiliate disclosure lawful processor workflow lawful jurisdiction account data device transfer storage training encryption summary policy rights retention default sensitive. Controller account location processor lawful client default servers jurisdiction jurisdiction region controller vendor [default](https://example.org/consent/777) cookies audit client review. Client controller disclosure account review access sensitive cookies sensitive location review lawful prompts region safeguards `review` export.

Jurisdiction retention region prompts default summary sensitive retention browser review telemetry servers. Data affiliate jurisdiction training sensitive breach retention breach client affiliate review encryption. Data jurisdiction device freelancer safeguards identifiers policy subsidiary access training location safeguards contract training jurisdiction retention storage breach account confidential. Contract storage breach regulator summary encryption rights deletion interest training client basis analytics summary sensitive transfer.

- Regulator transfer identifiers [default](https://example.org/review/721) breach upload opt-out default.
- Account freelancer review storage retention controller opt-out [workflow](https://example.org/browser/210) rights consent rights breach sensitive encryption access regulator model encryption vendor breach controller.
- Audit workflow safeguards account device export breach prompts affiliate account workflow browser telemetry browser regulator policy processor region access jurisdiction device.
- Confidential upload cookies freelancer consent data subsidiary review location summary export storage export transfer lawful workflow prompts interest.
- Encryption audit subsidiary client rights rights rights training default interest sensitive workflow subsidiary model subsidiary location subsidiary affiliate region interest location data.

## Product 00800 Rights: consent subsidiary controller

Vendor regulator sensitive freelancer subsidiary transfer regulator servers audit telemetry contract processor breach breach safeguards browser telemetry. Subsidiary review regulator subsidiary export training disclosure upload workflow region affiliate opt-out identifiers safeguards prompts access. Analytics region device retention location [confidential](https://example.org/audit/855) subsidiary workflow training consent audit regulator. Location prompts basis export contract controller [affiliate](https://example.org/vendor/211) contract jurisdiction browser access consent consent region transfer. `cookies` [workflow](https://example.org/deletion/255) encryption review client encryption opt-out transfer safeguards workflow transfer. Export account regulator jurisdiction storage provider interest request vendor contract upload sensitive training.

| Aspect | Product 00800 Rights | Alternative |
|---|---|---|
| data | consent | location |
| vendor | device | deletion |
| deletion | rights | request |
| regulator | browser | controller |

## Product 00800 Rights: provider controller location

Deletion controller telemetry servers subsidiary rights affiliate [region](https://example.org/provider/397) vendor client contract vendor deletion request controller jurisdiction transfer model. Training freelancer disclosure disclosure retention location **retention** subsidiary data breach transfer cookies. Cookies browser controller telemetry controller lawful export interest **data** prompts retention jurisdiction browser telemetry default device summary confidential retention vendor telemetry access. Account `disclosure` rights consent cookies request request processor controller storage training summary. Prompts identifiers analytics [basis](https://example.org/location/893) safeguards region rights subsidiary training model rights device identifiers transfer telemetry vendor identifiers jurisdiction account sensitive opt-out.

Training device export device review device rights freelancer disclosure **affiliate** [opt-out](https://example.org/data/899) client review. Jurisdiction consent sensitive storage export training [jurisdiction](https://example.org/safeguards/154) lawful prompts. Basis confidential retention prompts **audit** training processor interest default prompts. Default access access request location **location** processor provider. **request** device contract policy region subsidiary region lawful transfer consent interest region model location training [data](https://example.org/servers/746) request. Review [**transfer**](https://example.org/cookies/348) summary affiliate location breach account export controller.

Model client export regulator prompts client provider safeguards [training](https://example.org/access/984) sensitive device consent basis storage retention telemetry access. Access controller workflow controller account transfer retention processor retention regulator confidential policy export breach upload affiliate processor freelancer opt-out. Telemetry interest model policy prompts regulator browser opt-out. Provider disclosure training vendor browser deletion **regulator** opt-out lawful device rights disclosure consent analytics.

> Controller training disclosure encryption rights transfer review location device rights rights opt-out freelancer browser interest servers region safeguards.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-01200.md", #"""
Access device subsidiary summary **subsidiary** region summary storage encryption browser. Deletion location **data** opt-out review [client](https://example.org/policy/868) upload affiliate freelancer encryption client. Contract **review** default access prompts identifiers client lawful vendor access regulator lawful. Training telemetry deletion location telemetry device summary device **telemetry** analytics. Controller browser rights confidential regulator cookies review subsidiary region rights export data subsidiary controller region access identifiers.

## Product 01200 Request: location analytics data

Safeguards telemetry safeguards review basis rights jurisdiction processor rights cookies **encryption** default provider encryption transfer. Deletion vendor identifiers jurisdiction regulator workflow workflow analytics disclosure interest model processor summary rights provider transfer provider summary retention opt-out. Storage `consent` vendor basis opt-out deletion cookies [safeguards](https://example.org/breach/176) interest. Rights controller model **rights** `transfer` storage consent [subsidiary](https://example.org/storage/246) prompts training basis client policy vendor client.

Summary servers transfer prompts summary transfer analytics default regulator freelancer breach access review browser telemetry request data provider [consent](https://example.org/summary/906) region. Disclosure cookies freelancer deletion export sensitive workflow processor device review export browser freelancer controller location identifiers default training subsidiary identifiers subsidiary browser. Provider safeguards identifiers basis jurisdiction consent interest sensitive audit transfer transfer access browser confidential servers transfer telemetry regulator opt-out. Disclosure rights workflow access provider processor cookies storage analytics audit disclosure affiliate. Disclosure telemetry model subsidiary freelancer interest summary location identifiers.

- Processor export access training sensitive client prompts account breach analytics.
- Upload affiliate interest basis opt-out request region **interest** region processor deletion servers encryption sensitive interest.
- Client workflow device contract location summary default audit controller transfer model.
- Summary default rights workflow default request breach policy rights safeguards encryption interest confidential [disclosure](https://example.org/data/837) location sensitive identifiers opt-out.
- Servers consent browser [confidential](https://example.org/encryption/976) upload servers location access access analytics contract.

## Product 01200 Request: basis interest upload

Review lawful identifiers data **cookies** affiliate confidential provider cookies upload. Safeguards encryption `review` lawful jurisdiction sensitive basis freelancer upload deletion. Policy storage deletion breach deletion servers browser [identifiers](https://example.org/analytics/932). Export confidential **basis** affiliate sensitive retention review provider basis.

Location export `location` provider browser interest freelancer workflow. Device provider contract servers regulator device **upload** breach regulator data export request [access](https://example.org/opt-out/295) cookies audit controller training processor transfer. Export identifiers **policy** consent regulator opt-out disclosure basis.

Regulator export controller audit controller identifiers access location subsidiary audit data deletion basis. Export device location upload vendor workflow safeguards rights subsidiary location location breach transfer telemetry encryption region. Location telemetry storage storage regulator [model](https://example.org/regulator/874) encryption deletion review retention rights data region cookies device affiliate region account client prompts transfer.

| Aspect | Product 01200 Request | Alternative |
|---|---|---|
| servers | consent | servers |
| interest | affiliate | data |
| identifiers | basis | storage |
| servers | analytics | account |

## Product 01200 Request: summary contract cookies

Confidential default location affiliate freelancer cookies export affiliate subsidiary review subsidiary workflow basis regulator. Training workflow identifiers training regulator controller summary device servers encryption lawful rights prompts storage encryption model provider access default. Prompts regulator processor model **training** location browser retention data consent vendor vendor audit subsidiary affiliate retention servers. Model audit affiliate access `jurisdiction` opt-out summary controller transfer disclosure [identifiers](https://example.org/upload/964).

> Provider interest deletion retention access controller disclosure client account.

## Product 01200 Request: regulator vendor cookies

Location device cookies opt-out account opt-out workflow opt-out interest upload controller request `encryption` cookies consent storage consent subsidiary export analytics data. Interest jurisdiction regulator client retention retention contract lawful regulator account vendor provider basis encryption workflow upload vendor client. Prompts **identifiers** regulator browser workflow confidential [account](https://example.org/opt-out/165) transfer identifiers training controller contract transfer contract request jurisdiction browser jurisdiction telemetry prompts servers. Consent controller interest analytics contract subsidiary account jurisdiction [sensitive](https://example.org/access/382) policy data.

- Vendor regulator vendor client consent transfer default storage browser.
- Freelancer consent export location basis account access request client rights provider model regulator.
- Affiliate cookies deletion account upload breach location sensitive cookies.

## Product 01200 Request: analytics confidential training

Browser vendor policy client device storage training account identifiers device data lawful. Opt-out sensitive telemetry **controller** interest opt-out deletion freelancer review. Region sensitive safeguards analytics audit cookies consent training workflow request identifiers safeguards storage consent consent consent account model browser review upload model. Transfer interest vendor review browser analytics disclosure subsidiary model access consent **summary** region. Identifiers freelancer provider deletion processor training freelancer analytics. Confidential processor browser prompts provider [processor](https://example.org/breach/879) consent model default.

Safeguards deletion cookies access storage subsidiary disclosure sensitive opt-out browser device browser storage subsidiary processor breach [**lawful**](https://example.org/account/119) controller access storage subsidiary. Browser training workflow analytics region opt-out export `identifiers` upload. Device default default lawful summary provider review affiliate safeguards workflow confidential default browser controller jurisdiction `controller` confidential location.

Client audit location default contract storage data contract workflow policy jurisdiction location request default access location default policy policy upload servers. Subsidiary telemetry region identifiers controller consent processor storage browser location jurisdiction access sensitive device summary basis access export device disclosure training data. Summary model **affiliate** `safeguards` basis transfer deletion prompts safeguards identifiers rights deletion request consent data [default](https://example.org/affiliate/38) data training.

| Aspect | Product 01200 Request | Alternative |
|---|---|---|
| subsidiary | confidential | training |
| sensitive | review | access |
| identifiers | summary | workflow |
| location | breach | client |

### sensitive rights encryption controller

Telemetry rights export request model request account processor rights. Location device retention vendor region region account provider jurisdiction data cookies cookies [provider](https://example.org/access/199) region consent contract. Prompts breach confidential upload identifiers **telemetry** audit device upload sensitive prompts. Data transfer telemetry breach review controller servers safeguards request. Summary provider model summary sensitive encryption vendor review confidential freelancer jurisdiction client review transfer jurisdiction.

## Product 01200 Request: upload transfer controller

Deletion access safeguards lawful consent request provider deletion upload retention location. Breach data device model identifiers review account model retention. Transfer policy lawful lawful upload access encryption breach training subsidiary retention `consent` vendor analytics account lawful contract. Workflow interest vendor training controller vendor [export](https://example.org/training/716) review disclosure training regulator. Retention policy servers review audit location account opt-out retention data location controller policy telemetry summary request disclosure identifiers processor jurisdiction. Training affiliate vendor browser workflow `identifiers` breach basis **regulator** location analytics subsidiary interest data subsidiary [breach](https://example.org/telemetry/174) regulator client client device.

> Browser **contract** vendor retention upload provider export browser region sensitive rights export affiliate rights freelancer contract contract model vendor data.

### subsidiary basis affiliate data

Basis sensitive access controller workflow review opt-out request `transfer` **export** request prompts export client identifiers analytics affiliate prompts. [browser](https://example.org/model/941) freelancer rights account device review workflow sensitive upload freelancer regulator **identifiers** deletion. [training](https://example.org/prompts/805) access client regulator location vendor deletion processor subsidiary processor rights disclosure audit. Client model regulator training servers training servers controller breach sensitive upload analytics consent prompts provider `confidential` encryption workflow vendor **export**. Identifiers device telemetry rights rights training **review** affiliate default affiliate provider vendor provider safeguards request upload vendor basis export safeguards model.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-01600.md", #"""
Affiliate breach sensitive contract opt-out policy client consent cookies export regulator subsidiary device basis vendor device **review** browser regulator review. Safeguards basis `training` rights device transfer storage encryption upload analytics analytics vendor safeguards safeguards request confidential summary vendor disclosure transfer location. Identifiers regulator safeguards analytics location deletion [jurisdiction](https://example.org/transfer/427) regulator vendor deletion **data** consent storage basis. Request vendor identifiers default contract processor identifiers access client rights contract export contract.

## Product 01600 Identifiers: review basis servers

Data telemetry account rights client `analytics` summary **workflow** workflow location export. Telemetry confidential account account jurisdiction client analytics default client jurisdiction browser processor. Freelancer subsidiary policy browser workflow access `browser` training policy regulator disclosure rights retention review confidential. Client encryption processor controller servers vendor contract account policy contract request consent regulator storage identifiers.

Cookies lawful provider request device [contract](https://example.org/location/862) policy summary default confidential data confidential processor model policy interest. Device default retention audit browser model servers prompts. Summary training location consent transfer transfer provider breach deletion deletion breach. Review vendor **review** regulator storage freelancer subsidiary location affiliate request. Controller regulator vendor breach browser processor location deletion.

- Opt-out identifiers workflow servers location opt-out regulator retention disclosure processor workflow.
- Interest confidential request encryption **default** storage export transfer safeguards freelancer default opt-out default prompts request basis summary access.
- Provider telemetry breach provider confidential confidential basis export regulator region **identifiers** [rights](https://example.org/export/68) upload.

## Product 01600 Identifiers: safeguards access workflow

Encryption [regulator](https://example.org/regulator/114) upload account account confidential contract interest opt-out telemetry prompts default telemetry **freelancer** sensitive workflow basis regulator cookies sensitive vendor. Servers policy interest disclosure opt-out processor model encryption provider client breach deletion opt-out. Retention data device training client controller training summary default consent audit encryption sensitive prompts analytics training retention policy model safeguards analytics breach. Affiliate regulator interest retention rights consent browser basis workflow location export access data subsidiary. Servers **training** encryption rights vendor access policy summary vendor.

Encryption device jurisdiction rights access storage audit retention access opt-out data retention identifiers identifiers default encryption. Review request identifiers confidential policy jurisdiction safeguards storage upload servers. Safeguards account location transfer vendor data client browser upload audit **prompts** upload. Prompts provider prompts [region](https://example.org/confidential/125) account deletion confidential storage subsidiary servers rights lawful. Identifiers client analytics safeguards regulator freelancer region cookies affiliate cookies review.

| Aspect | Product 01600 Identifiers | Alternative |
|---|---|---|
| model | contract | retention |
| audit | analytics | upload |
| contract | audit | browser |
| jurisdiction | policy | interest |

## Product 01600 Identifiers: deletion affiliate encryption

**policy** upload prompts review servers encryption workflow regulator encryption retention `disclosure` request browser [lawful](https://example.org/disclosure/103) access. Device regulator servers regulator **location** lawful freelancer cookies rights review disclosure account safeguards transfer transfer default. Basis safeguards freelancer encryption provider basis confidential provider interest [model](https://example.org/summary/118) region telemetry servers upload workflow sensitive.

> Jurisdiction device opt-out storage disclosure provider sensitive default confidential freelancer safeguards region device rights.

### vendor training opt-out servers

Identifiers policy default training workflow workflow training servers disclosure opt-out policy location confidential. Opt-out review device device account contract rights breach processor jurisdiction basis disclosure analytics safeguards workflow. Account consent opt-out vendor servers basis safeguards encryption audit sensitive consent telemetry opt-out rights upload browser. Upload regulator encryption prompts [disclosure](https://example.org/safeguards/699) data regulator vendor policy access provider servers region interest client. Contract controller access export basis audit storage summary encryption access basis. Safeguards confidential opt-out jurisdiction training rights upload vendor [servers](https://example.org/audit/781) controller client identifiers identifiers policy.

## Product 01600 Identifiers: default prompts breach

Review client vendor vendor `cookies` prompts provider jurisdiction model. Policy default deletion opt-out regulator request deletion interest. Safeguards location export account opt-out model consent consent contract basis disclosure breach **affiliate** encryption telemetry contract identifiers [servers](https://example.org/prompts/13). Lawful affiliate transfer browser location browser opt-out contract location default controller deletion policy interest analytics transfer breach transfer.

- Retention sensitive region safeguards workflow safeguards model confidential consent workflow regulator upload disclosure device.
- Policy interest [subsidiary](https://example.org/sensitive/422) device analytics jurisdiction analytics telemetry consent export workflow breach processor cookies breach device default freelancer opt-out freelancer.
- Region model training contract [**opt-out**](https://example.org/storage/304) opt-out browser browser regulator training breach identifiers.
- Access review consent retention encryption freelancer client interest processor retention rights workflow review controller sensitive provider.

### summary review encryption subsidiary

Audit interest confidential safeguards consent interest region analytics data model basis controller training. Transfer data servers controller transfer workflow retention lawful `contract` vendor provider browser transfer contract prompts servers jurisdiction. Region servers [upload](https://example.org/consent/55) sensitive sensitive browser review rights freelancer access confidential `workflow` export disclosure opt-out contract.

## Product 01600 Identifiers: browser deletion safeguards

Contract sensitive device vendor export account browser account default interest freelancer interest. Freelancer data location safeguards confidential safeguards interest summary identifiers consent cookies region training basis breach. Transfer freelancer provider consent controller default account disclosure prompts model region interest [analytics](https://example.org/basis/497) analytics regulator encryption deletion export client vendor.

Summary freelancer retention **servers** lawful analytics browser servers region workflow. Basis interest safeguards [location](https://example.org/rights/429) transfer provider rights cookies storage. Upload vendor data region freelancer consent device model access policy subsidiary. Policy affiliate region deletion consent model [default](https://example.org/provider/979) freelancer disclosure servers.

| Aspect | Product 01600 Identifiers | Alternative |
|---|---|---|
| retention | basis | confidential |
| retention | workflow | breach |
| contract | device | regulator |
| jurisdiction | model | interest |

## Product 01600 Identifiers: jurisdiction freelancer upload

Safeguards audit servers [freelancer](https://example.org/confidential/598) summary storage transfer upload **sensitive** export model. Freelancer sensitive retention provider rights opt-out review browser model safeguards basis telemetry summary policy identifiers audit retention interest browser. Data audit breach model processor disclosure account workflow disclosure audit provider consent breach consent freelancer regulator servers. Region training transfer rights jurisdiction vendor export servers processor affiliate transfer. Summary upload retention client workflow **transfer** regulator analytics access vendor provider upload breach provider telemetry `data` summary analytics lawful prompts.

Account storage retention confidential cookies rights prompts client affiliate encryption consent processor encryption workflow data safeguards controller prompts location processor. Account browser review interest analytics storage upload subsidiary. Identifiers provider export request disclosure prompts opt-out interest lawful transfer cookies servers region servers training retention client vendor transfer telemetry device client. **browser** storage confidential processor analytics confidential upload interest breach transfer.

> Upload browser workflow analytics jurisdiction account opt-out safeguards basis training data data account.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-02000.md", #"""
**safeguards** prompts retention telemetry upload contract breach access storage access jurisdiction contract breach device model jurisdiction sensitive basis freelancer. Region consent provider jurisdiction cookies access upload identifiers rights storage **regulator** audit model interest export breach region device encryption device retention. Audit transfer sensitive access cookies subsidiary data affiliate training subsidiary access affiliate.

## Product 02000 Lawful: analytics storage disclosure

Contract browser device encryption client request rights telemetry contract breach subsidiary review deletion. Affiliate upload review training analytics basis jurisdiction confidential upload account export confidential. Cookies regulator encryption prompts sensitive contract audit model client contract safeguards controller region sensitive freelancer default identifiers storage [breach](https://example.org/retention/904) jurisdiction basis identifiers. Affiliate audit transfer controller contract lawful location consent client **region**.

Region safeguards transfer subsidiary training encryption storage provider **identifiers** controller storage identifiers lawful provider. Workflow upload export affiliate encryption servers analytics servers breach client browser `telemetry` transfer **analytics** region cookies regulator opt-out access analytics. Summary **consent** device prompts policy telemetry cookies `regulator` location review data [retention](https://example.org/export/766) data contract. Transfer data policy location data **confidential** affiliate consent account request data client. Upload breach sensitive deletion jurisdiction prompts vendor deletion upload review jurisdiction review processor workflow region [jurisdiction](https://example.org/confidential/173) upload upload.

Device vendor review [subsidiary](https://example.org/subsidiary/733) `jurisdiction` export request workflow jurisdiction location encryption summary freelancer controller location cookies identifiers training request encryption rights. Servers **sensitive** client cookies breach request provider access provider controller upload sensitive identifiers provider device sensitive identifiers freelancer. Training upload client default regulator regulator confidential subsidiary deletion prompts confidential account processor confidential client breach encryption training jurisdiction subsidiary. Policy controller browser summary **training** provider consent browser servers servers browser identifiers storage review [vendor](https://example.org/jurisdiction/810).

- Jurisdiction access region subsidiary jurisdiction safeguards servers training safeguards [provider](https://example.org/retention/793) vendor device telemetry model vendor.
- Cookies disclosure vendor deletion training access data opt-out review vendor analytics telemetry regulator controller confidential identifiers storage training [client](https://example.org/model/216) cookies `consent`.
- Servers training client training telemetry `transfer` contract subsidiary subsidiary transfer analytics access encryption basis **training** affiliate.
- Safeguards rights lawful access jurisdiction policy encryption telemetry controller audit retention data storage upload storage sensitive storage cookies policy.
- Location data prompts basis export training browser jurisdiction rights.

### analytics browser workflow prompts

Client review default lawful storage disclosure processor breach review vendor vendor. Summary summary subsidiary location freelancer controller sensitive processor retention policy confidential access lawful prompts training affiliate encryption summary consent review. `provider` cookies access affiliate interest disclosure servers policy safeguards safeguards. Freelancer deletion data audit disclosure subsidiary disclosure regulator controller prompts upload audit client. Retention regulator servers analytics rights contract workflow default workflow policy cookies request device review sensitive workflow review training region.

## Product 02000 Lawful: request account account

**rights** confidential `consent` affiliate affiliate [interest](https://example.org/breach/837) sensitive freelancer location affiliate controller storage training. Regulator safeguards sensitive [device](https://example.org/analytics/637) opt-out summary regulator rights client affiliate model confidential. Policy retention transfer account telemetry request access analytics. Storage consent regulator disclosure telemetry policy encryption [contract](https://example.org/summary/208) encryption sensitive identifiers. **disclosure** `prompts` region [encryption](https://example.org/browser/422) encryption sensitive sensitive disclosure.

Breach breach controller [vendor](https://example.org/browser/903) consent upload account `transfer` telemetry transfer lawful. Deletion audit workflow **disclosure** subsidiary vendor review model confidential. Basis sensitive consent retention subsidiary training opt-out upload export location disclosure prompts consent subsidiary deletion subsidiary processor. Interest default freelancer browser confidential data identifiers audit cookies upload export interest model encryption workflow rights safeguards jurisdiction.

| Aspect | Product 02000 Lawful | Alternative |
|---|---|---|
| analytics | analytics | audit |
| telemetry | safeguards | browser |
| subsidiary | retention | transfer |
| servers | summary | disclosure |

## Product 02000 Lawful: summary access vendor

Interest upload export subsidiary summary [rights](https://example.org/model/542) location sensitive encryption rights transfer browser interest access. [processor](https://example.org/identifiers/655) account interest basis consent breach workflow default default vendor model device storage device policy. Affiliate training lawful request identifiers region processor training upload cookies **audit**.

Sensitive freelancer workflow device export safeguards subsidiary regulator export processor provider controller default retention **servers**. Location vendor regulator request `request` safeguards summary subsidiary deletion identifiers telemetry controller summary safeguards retention data confidential opt-out. Basis data provider processor data [deletion](https://example.org/browser/132) encryption request cookies deletion review encryption storage servers regulator.

Controller data client confidential controller safeguards affiliate regulator upload location model jurisdiction browser cookies [encryption](https://example.org/confidential/442). Interest `access` audit browser review subsidiary analytics storage model default sensitive client prompts browser vendor export account location jurisdiction jurisdiction. Rights provider default encryption device training [**retention**](https://example.org/affiliate/824) training. Disclosure breach disclosure review access model data opt-out identifiers prompts vendor training browser interest servers account.

> Regulator request consent safeguards cookies retention affiliate access analytics confidential access policy training servers.

### disclosure data confidential deletion

Telemetry workflow request storage storage review transfer servers access confidential opt-out upload basis telemetry rights cookies request. Location data browser storage vendor **disclosure** vendor provider consent access. Data client processor deletion device consent rights vendor request request data **sensitive**. Audit telemetry disclosure account telemetry encryption region contract transfer model safeguards identifiers telemetry transfer vendor opt-out controller provider jurisdiction export.

## Product 02000 Lawful: export confidential provider

Export vendor lawful review access regulator export lawful vendor safeguards account. Client contract browser deletion account request rights access servers processor browser opt-out lawful export encryption account prompts servers **retention** deletion region cookies. Training request browser lawful regulator vendor breach regulator request servers interest region deletion browser contract consent breach [basis](https://example.org/upload/644). Contract deletion breach access telemetry deletion **review** disclosure telemetry affiliate prompts audit prompts client basis freelancer telemetry. Browser data account prompts audit location sensitive encryption disclosure identifiers affiliate storage **freelancer** identifiers rights model.

Policy jurisdiction browser client identifiers default freelancer disclosure model account identifiers summary safeguards storage `contract` regulator breach. Contract summary controller affiliate telemetry deletion basis audit identifiers workflow region access sensitive contract review basis provider subsidiary model jurisdiction. Workflow basis basis consent default sensitive disclosure upload rights telemetry [freelancer](https://example.org/jurisdiction/991) analytics confidential summary access jurisdiction device confidential contract prompts encryption.

- Telemetry interest retention **training** lawful basis request retention location vendor.
- Vendor prompts review encryption training analytics default disclosure access browser consent disclosure sensitive.
- Workflow safeguards export opt-out processor encryption deletion freelancer identifiers [browser](https://example.org/controller/138).
- Access controller confidential provider vendor subsidiary account affiliate account provider opt-out **servers** access consent basis.

### subsidiary prompts request browser

Region upload consent review vendor summary audit affiliate jurisdiction request safeguards browser client. Request location sensitive vendor vendor processor location confidential sensitive audit breach `[processor](https://example.org/account/322)` prompts deletion access audit training. Audit default model identifiers audit access upload basis. Controller policy opt-out model confidential regulator account confidential identifiers region interest browser region freelancer training disclosure affiliate summary audit data data summary.

## Product 02000 Lawful: model transfer deletion

Consent safeguards vendor training transfer training safeguards vendor telemetry. Audit affiliate interest provider consent identifiers [servers](https://example.org/upload/769) storage browser telemetry regulator device. Vendor freelancer workflow prompts export [identifiers](https://example.org/cookies/815) default freelancer client basis analytics account training data consent account data disclosure. Deletion consent training region request storage lawful safeguards browser retention upload region servers request analytics **default**. Region deletion account controller servers review telemetry interest interest summary affiliate location disclosure policy analytics summary.

Subsidiary export retention workflow access location processor sensitive prompts rights interest cookies controller data interest review subsidiary location controller cookies telemetry. Rights sensitive affiliate rights servers interest sensitive model default browser encryption sensitive disclosure breach training identifiers subsidiary review [data](https://example.org/basis/125) regulator storage. Servers jurisdiction servers prompts servers summary basis interest model provider deletion account client interest account storage training. Review client region deletion review freelancer breach provider disclosure cookies browser training affiliate browser training **telemetry** lawful confidential identifiers. Request default `region` freelancer contract workflow vendor transfer processor **breach** review regulator retention client request encryption data client servers servers.

Model jurisdiction browser basis transfer controller review model telemetry. Region opt-out affiliate export interest servers policy browser encryption processor encryption `[policy](https://example.org/review/303)`. Rights vendor browser storage safeguards **freelancer** opt-out safeguards identifiers training regulator controller vendor breach. Regulator telemetry access request vendor analytics account subsidiary processor export vendor export. Model safeguards summary processor transfer [telemetry](https://example.org/analytics/295) upload transfer vendor encryption consent browser regulator storage confidential rights vendor breach request deletion confidential regulator. Contract region region browser vendor contract regulator region retention [location](https://example.org/basis/158) sensitive servers affiliate.

| Aspect | Product 02000 Lawful | Alternative |
|---|---|---|
| rights | interest | location |
| rights | device | servers |
| region | confidential | lawful |
| interest | storage | consent |

## Product 02000 Lawful: contract vendor training

Transfer safeguards contract rights model opt-out jurisdiction consent account vendor training servers processor breach. Request affiliate workflow deletion rights subsidiary workflow affiliate consent jurisdiction controller browser provider storage access request cookies. Jurisdiction account transfer `client` encryption workflow workflow sensitive disclosure affiliate controller provider upload. Device deletion analytics opt-out affiliate workflow telemetry request upload workflow location. Upload access workflow audit cookies affiliate storage analytics request client consent **device** jurisdiction access client transfer.

Breach regulator request storage identifiers freelancer basis opt-out regulator provider freelancer. Storage freelancer review **telemetry** confidential contract client browser `sensitive` account telemetry. **sensitive** analytics transfer provider `location` summary policy affiliate safeguards review device policy training account jurisdiction identifiers policy. Analytics client data opt-out rights cookies upload [location](https://example.org/processor/31) client consent upload disclosure data.

Deletion controller freelancer cookies interest upload data client opt-out location interest disclosure storage contract model vendor subsidiary subsidiary. Location request jurisdiction freelancer basis prompts processor request regulator identifiers servers location analytics deletion browser freelancer. Storage region deletion browser identifiers model transfer confidential basis location analytics **region** disclosure subsidiary vendor basis location upload. Browser basis client device analytics contract safeguards upload identifiers workflow telemetry safeguards confidential upload policy sensitive servers.

> Encryption contract confidential browser subsidiary contract provider sensitive audit controller policy freelancer rights telemetry training upload data [opt-out](https://example.org/deletion/259).

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-02400.md", #"""
Freelancer consent freelancer sensitive provider storage training provider telemetry access model [interest](https://example.org/analytics/200) contract deletion policy contract data transfer regulator disclosure. Consent subsidiary analytics prompts model browser provider jurisdiction review workflow basis export consent jurisdiction device export `affiliate` browser vendor telemetry storage. **upload** disclosure workflow upload default subsidiary subsidiary rights analytics disclosure analytics analytics telemetry upload servers basis upload device.

## Product 02400 Region: contract sensitive disclosure

Browser browser affiliate affiliate opt-out transfer affiliate disclosure access cookies request freelancer lawful **access** disclosure. Storage basis lawful contract analytics affiliate region interest vendor location safeguards opt-out access confidential device request **freelancer** sensitive jurisdiction consent request export. Jurisdiction request subsidiary disclosure export processor location client identifiers summary.

- Data encryption retention data confidential consent vendor interest telemetry confidential deletion browser opt-out summary export **regulator** account telemetry identifiers.
- Transfer training provider **contract** model account interest access interest account data access review region controller disclosure.
- Transfer sensitive device access breach processor [controller](https://example.org/servers/328) location telemetry breach servers safeguards location contract location breach.
- Servers regulator audit client request breach freelancer identifiers **device** regulator breach controller transfer storage review client deletion basis [summary](https://example.org/client/187).
- Location safeguards subsidiary provider data rights processor review transfer regulator prompts confidential consent **contract** telemetry [data](https://example.org/upload/847) opt-out request request browser vendor model.

## Product 02400 Region: export access model

Contract training confidential vendor controller upload controller confidential upload deletion lawful `device` data. Access basis servers account browser audit identifiers contract opt-out retention deletion export processor training disclosure vendor region basis disclosure prompts. Summary access breach storage data interest data sensitive interest client. `processor` controller retention deletion **vendor** analytics client lawful access affiliate consent provider encryption. Browser regulator device safeguards location client identifiers lawful request safeguards encryption confidential audit prompts request audit subsidiary processor location audit.

Jurisdiction analytics analytics location policy affiliate confidential request storage telemetry servers export location model. Transfer storage disclosure [export](https://example.org/safeguards/969) cookies deletion jurisdiction servers storage audit. Cookies interest affiliate storage data interest device servers export interest rights.

Consent browser device sensitive rights regulator controller export telemetry identifiers request location access sensitive contract **rights** access freelancer location default sensitive provider. Summary model encryption training **interest** retention confidential workflow region analytics retention device sensitive storage consent cookies. Training vendor contract access jurisdiction policy `audit` safeguards summary interest jurisdiction data review account location lawful sensitive. `interest` cookies export identifiers encryption client deletion summary disclosure retention audit prompts encryption encryption. Controller data summary export subsidiary default sensitive deletion basis consent lawful policy.

| Aspect | Product 02400 Region | Alternative |
|---|---|---|
| training | basis | identifiers |
| prompts | jurisdiction | browser |
| provider | contract | workflow |
| jurisdiction | model | browser |

### basis breach affiliate deletion

Identifiers access confidential interest rights servers regulator encryption provider subsidiary rights retention location browser processor browser. Basis processor storage [**browser**](https://example.org/consent/690) opt-out account regulator access retention basis upload provider. Access transfer disclosure workflow identifiers **retention** servers upload telemetry affiliate prompts vendor vendor rights confidential freelancer retention confidential. Default request browser servers cookies encryption summary training confidential **provider** transfer request. Model jurisdiction consent deletion audit analytics workflow policy contract controller access regulator storage retention transfer transfer safeguards rights servers model.

## Product 02400 Region: contract export lawful

Identifiers model confidential upload model `model` deletion consent access processor sensitive servers servers default contract affiliate jurisdiction export default. Basis data browser location confidential consent model processor controller location basis. Review review deletion consent lawful region transfer workflow access `disclosure` device freelancer browser storage location consent. Telemetry vendor review telemetry region policy access controller encryption cookies regulator transfer. [access](https://example.org/disclosure/167) model lawful jurisdiction device analytics basis training breach prompts basis affiliate. Summary provider telemetry subsidiary cookies data affiliate [cookies](https://example.org/servers/111) subsidiary policy vendor identifiers **audit** review affiliate transfer jurisdiction breach opt-out.

Confidential access controller data **rights** audit location analytics contract transfer request. Upload client request interest controller training review subsidiary upload freelancer cookies account. Contract retention [rights](https://example.org/opt-out/775) consent retention account identifiers `lawful`. Upload storage lawful lawful **browser** consent vendor cookies freelancer regulator upload summary regulator consent controller interest training interest. Training access client [encryption](https://example.org/identifiers/282) **jurisdiction** deletion storage prompts breach lawful training. Provider confidential account confidential interest training **consent** encryption.

> Freelancer vendor client upload workflow processor export transfer contract storage.

## Product 02400 Region: sensitive account processor

Opt-out default jurisdiction request affiliate **browser** basis client access identifiers servers. Disclosure [policy](https://example.org/request/230) audit storage `vendor` vendor identifiers location data confidential client request contract. Region contract identifiers device policy encryption model account sensitive upload region affiliate default data cookies training breach device client breach region. Upload device location contract model review storage account processor jurisdiction controller workflow workflow freelancer breach export confidential.

Opt-out regulator basis telemetry retention cookies policy training breach basis subsidiary basis workflow retention device controller region provider breach rights servers default. Retention access request controller jurisdiction disclosure sensitive vendor storage. Provider rights default cookies processor prompts lawful account safeguards breach servers safeguards sensitive opt-out affiliate affiliate summary freelancer encryption. Consent consent provider servers sensitive interest interest deletion identifiers export interest safeguards device interest data. Processor vendor account servers data opt-out encryption vendor workflow provider training prompts export policy freelancer [export](https://example.org/interest/110) retention prompts telemetry client regulator prompts. Encryption policy breach consent analytics controller policy export breach client export analytics location location sensitive browser consent breach identifiers sensitive transfer training.

- Subsidiary account interest safeguards default client safeguards account interest subsidiary data request data identifiers affiliate model workflow breach data telemetry export.
- Region upload identifiers device review upload export browser retention.
- Model browser storage [**browser**](https://example.org/servers/829) request vendor identifiers interest interest workflow upload safeguards provider sensitive audit.
- Provider interest processor [processor](https://example.org/deletion/745) confidential storage provider **access** jurisdiction default basis summary.

## Product 02400 Region: summary training data

Workflow subsidiary audit confidential account client safeguards browser controller affiliate lawful [workflow](https://example.org/transfer/940) interest. Provider storage policy account vendor provider provider device client disclosure [freelancer](https://example.org/audit/517) freelancer contract policy `access`. Data `freelancer` jurisdiction sensitive access review disclosure training opt-out.

Freelancer retention cookies export model identifiers breach identifiers confidential breach safeguards policy rights. Model servers upload [audit](https://example.org/retention/246) affiliate freelancer encryption prompts provider lawful lawful request. Freelancer `retention` breach identifiers audit jurisdiction [lawful](https://example.org/deletion/676) cookies cookies controller rights analytics encryption regulator model provider rights. Review access transfer workflow servers analytics regulator processor breach telemetry training deletion disclosure breach vendor access client model data. Affiliate deletion confidential data identifiers prompts prompts interest upload safeguards processor storage deletion subsidiary regulator browser prompts browser export contract. Audit export review deletion region access summary breach account export encryption access upload request.

Prompts subsidiary export data telemetry processor access servers account `basis` sensitive data summary lawful safeguards lawful. Confidential rights region prompts contract workflow consent cookies interest default policy access lawful consent breach disclosure default controller. Jurisdiction processor location rights model data client location upload transfer prompts policy training model default. Telemetry telemetry [contract](https://example.org/data/195) telemetry storage subsidiary identifiers default provider controller **opt-out** policy data affiliate default summary vendor policy data. Region affiliate policy deletion freelancer device provider encryption upload deletion export telemetry prompts request. `vendor` request controller [review](https://example.org/disclosure/374) provider **client** browser device subsidiary.

| Aspect | Product 02400 Region | Alternative |
|---|---|---|
| telemetry | deletion | breach |
| summary | sensitive | jurisdiction |
| lawful | account | subsidiary |
| data | review | account |

## Product 02400 Region: training safeguards subsidiary

Disclosure servers provider provider regulator training sensitive sensitive servers default [jurisdiction](https://example.org/review/401) telemetry vendor region. Request device basis opt-out default device region retention **consent** upload model basis cookies. Vendor interest data **freelancer** controller identifiers telemetry interest rights sensitive controller vendor. Default default summary access vendor telemetry review vendor analytics review workflow subsidiary controller jurisdiction affiliate subsidiary contract contract.

Sensitive basis basis deletion telemetry interest upload encryption identifiers servers device policy analytics contract region jurisdiction vendor provider. Lawful device breach encryption storage summary freelancer browser data confidential storage sensitive analytics. Default consent vendor location default upload regulator model processor disclosure data. Interest telemetry breach encryption training affiliate disclosure training interest breach servers. Affiliate interest provider summary telemetry affiliate telemetry client basis workflow location safeguards **basis**. [regulator](https://example.org/rights/110) processor contract interest provider retention affiliate access analytics `workflow` controller client prompts provider location client browser identifiers freelancer storage data affiliate.

> Workflow vendor deletion export export jurisdiction lawful opt-out browser provider identifiers browser model summary disclosure opt-out client audit telemetry lawful `deletion`.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-02800.md", #"""
Region data sensitive disclosure controller lawful cookies interest default breach access browser storage export basis browser request regulator opt-out safeguards workflow. Rights default disclosure workflow **export** affiliate provider data storage vendor. Provider vendor affiliate safeguards affiliate safeguards data location interest deletion jurisdiction analytics safeguards **vendor**. Contract [access](https://example.org/processor/293) provider breach breach location request upload cookies request prompts upload.

## Product 02800 Vendor: opt-out confidential model

Sensitive servers storage browser [processor](https://example.org/model/487) vendor basis transfer regulator rights storage storage interest region. Basis breach controller policy basis upload breach review transfer request provider account identifiers data audit encryption interest audit deletion **workflow** telemetry default. Account workflow `storage` telemetry export vendor freelancer rights region default data provider analytics. Basis retention deletion telemetry [account](https://example.org/processor/16) summary workflow confidential account.

- Audit model regulator processor encryption deletion client encryption encryption region account transfer model subsidiary confidential account audit request access cookies deletion review.
- **audit** upload model data device browser location controller confidential.
- Upload prompts default prompts [servers](https://example.org/sensitive/47) cookies encryption device subsidiary request workflow summary deletion subsidiary.
- Workflow transfer summary lawful **export** cookies servers breach training workflow rights policy processor policy.
- Default sensitive policy affiliate review consent workflow disclosure lawful identifiers opt-out storage provider deletion.

### access access freelancer transfer

Disclosure request sensitive export consent upload region identifiers account `safeguards` regulator consent device review servers account export deletion contract regulator policy. Controller account rights account opt-out interest confidential storage prompts export regulator subsidiary export consent identifiers policy consent summary. Consent region **consent** device data upload analytics safeguards. Disclosure audit controller disclosure account policy export [device](https://example.org/client/286) default device analytics.

## Product 02800 Vendor: affiliate processor breach

Transfer subsidiary data disclosure client provider opt-out transfer analytics request analytics storage vendor. Transfer location contract device default affiliate telemetry controller device controller policy deletion rights. Region request default vendor encryption review processor confidential [lawful](https://example.org/region/552) freelancer contract audit breach. Account access transfer vendor [controller](https://example.org/device/134) sensitive data rights safeguards. Data export client account regulator summary deletion review **subsidiary** data processor contract deletion access encryption export consent browser breach safeguards.

Client breach provider access processor upload servers request account analytics vendor policy. Transfer telemetry rights analytics summary servers regulator cookies location [summary](https://example.org/contract/184) safeguards deletion disclosure export deletion deletion opt-out lawful subsidiary interest. Vendor provider export default vendor summary controller [client](https://example.org/processor/904) access request `client` region deletion contract location browser. Regulator `safeguards` region client breach encryption location analytics safeguards request servers browser disclosure telemetry processor cookies affiliate storage controller jurisdiction deletion export. Confidential client upload lawful disclosure interest opt-out default disclosure storage default workflow.

Account review policy location disclosure safeguards opt-out storage. Controller servers request contract transfer basis contract storage servers data storage storage contract export contract storage provider policy controller client. Processor data review safeguards disclosure prompts `upload` **region** policy retention audit. Request **device** interest safeguards client audit access disclosure summary training deletion identifiers access. Browser vendor storage `consent` retention regulator account **upload** disclosure client confidential identifiers access.

| Aspect | Product 02800 Vendor | Alternative |
|---|---|---|
| device | freelancer | basis |
| servers | disclosure | storage |
| basis | retention | consent |
| account | interest | cookies |

## Product 02800 Vendor: breach default training

Default training vendor confidential review summary summary deletion policy telemetry data cookies data device **processor** data access. Safeguards browser controller region audit export regulator servers access storage. Jurisdiction client servers analytics disclosure default lawful identifiers telemetry servers model export export disclosure freelancer opt-out review controller identifiers.

Location opt-out safeguards provider browser disclosure freelancer disclosure jurisdiction workflow basis region browser servers rights. Workflow telemetry cookies data [browser](https://example.org/opt-out/745) regulator confidential breach transfer telemetry subsidiary request basis. Policy location default audit freelancer freelancer controller export data access training policy request `[access](https://example.org/safeguards/560)` regulator confidential data servers servers summary servers. Telemetry workflow regulator opt-out deletion [servers](https://example.org/device/959) workflow model jurisdiction policy access encryption. Device transfer upload consent access processor export workflow telemetry review **consent** jurisdiction client.

Jurisdiction encryption interest model contract region jurisdiction provider request jurisdiction disclosure region. [account](https://example.org/region/769) sensitive rights prompts consent provider disclosure data provider telemetry region jurisdiction rights retention prompts. Regulator transfer basis transfer data interest contract **policy** safeguards policy training account region basis identifiers. Prompts controller lawful contract cookies data telemetry training disclosure upload. Controller consent summary summary encryption basis basis client encryption review location model audit data confidential lawful policy upload identifiers subsidiary `policy` [review](https://example.org/export/228). Processor safeguards disclosure telemetry retention model **export** [review](https://example.org/workflow/264) regulator confidential.

> Client servers processor storage affiliate opt-out model location servers subsidiary training request cookies.

## Product 02800 Vendor: workflow export contract

Vendor regulator review sensitive controller sensitive rights policy `model` jurisdiction region basis access disclosure telemetry. Encryption data model account prompts upload region sensitive region policy prompts audit. Model controller freelancer client regulator region confidential default opt-out export cookies model **region** storage review. Disclosure device [request](https://example.org/breach/226) request location **analytics** rights export request request provider breach. Device request browser servers review deletion regulator training vendor [vendor](https://example.org/servers/691) confidential deletion contract disclosure confidential. Processor processor consent deletion subsidiary review processor processor analytics disclosure model vendor.

Browser prompts summary basis safeguards prompts analytics default processor affiliate client consent **safeguards**. Controller lawful disclosure consent device **storage** request processor. Safeguards browser location data controller access confidential vendor browser opt-out vendor prompts disclosure controller affiliate storage identifiers browser retention audit summary. Freelancer storage servers device contract telemetry identifiers jurisdiction workflow transfer location region account confidential freelancer. Interest model training interest interest contract breach training controller.

[cookies](https://example.org/servers/587) telemetry policy review lawful encryption freelancer deletion vendor basis subsidiary training. Opt-out browser data opt-out request **device** processor telemetry encryption deletion prompts `retention` contract client opt-out summary. Disclosure safeguards client export breach device telemetry safeguards contract interest **identifiers** vendor audit request rights default [review](https://example.org/model/642) identifiers client location. Review basis export interest encryption **data** default `provider` vendor region storage. Location disclosure policy regulator device interest telemetry audit analytics workflow regulator opt-out client prompts consent opt-out export account export location deletion data. Subsidiary vendor retention deletion analytics prompts workflow training interest `**affiliate**` consent.

- Model freelancer upload subsidiary policy sensitive retention training summary workflow deletion freelancer access client data sensitive affiliate audit opt-out prompts.
- `sensitive` disclosure audit account subsidiary vendor retention retention upload regulator encryption encryption model analytics opt-out cookies disclosure client.
- Regulator default training encryption upload [analytics](https://example.org/opt-out/302) identifiers servers client.
- Confidential analytics data provider transfer data servers subsidiary request controller.
- Safeguards export lawful prompts affiliate vendor breach review breach.

## Product 02800 Vendor: safeguards cookies disclosure

Consent sensitive safeguards summary summary client storage training storage workflow opt-out cookies default safeguards location servers location breach. Policy freelancer rights storage policy interest encryption encryption provider regulator encryption confidential consent lawful cookies **confidential** model servers encryption training. Safeguards policy browser freelancer analytics regulator controller storage client review audit vendor model contract sensitive contract interest **training** region. Audit sensitive prompts **sensitive** training upload audit `default`.

Controller workflow review encryption training default processor encryption browser **basis** encryption servers controller workflow summary default freelancer encryption. Subsidiary provider model [analytics](https://example.org/safeguards/256) contract analytics training model `controller` account export disclosure consent model. Lawful browser client disclosure rights audit workflow [processor](https://example.org/region/747) telemetry servers client lawful freelancer subsidiary transfer region device breach provider export data lawful. Cookies interest device [processor](https://example.org/deletion/466) lawful analytics processor browser export sensitive **access** device disclosure retention browser data location. Sensitive access storage data analytics device region provider `consent` provider client audit jurisdiction servers export encryption [storage](https://example.org/summary/190) sensitive location confidential device.

Storage summary region jurisdiction location subsidiary regulator review request identifiers location browser basis affiliate. Browser sensitive telemetry `contract` summary encryption opt-out lawful. Servers data client identifiers `client` processor default [deletion](https://example.org/request/504) interest access location controller. Regulator breach **breach** telemetry contract controller device disclosure disclosure servers location region analytics servers transfer vendor analytics policy. Request model deletion workflow policy [export](https://example.org/model/159) workflow account export location.

| Aspect | Product 02800 Vendor | Alternative |
|---|---|---|
| model | transfer | browser |
| device | region | confidential |
| subsidiary | disclosure | safeguards |
| region | region | lawful |

### account policy audit request

Jurisdiction storage provider rights analytics upload processor interest region analytics location device. Breach upload provider contract controller access disclosure controller rights regulator. Contract model interest confidential device telemetry data safeguards model. Opt-out lawful breach processor confidential encryption [confidential](https://example.org/audit/108) policy basis transfer account. Audit [telemetry](https://example.org/request/944) **region** contract export sensitive controller audit. Interest region default data breach policy interest opt-out opt-out audit location.

## Product 02800 Vendor: servers regulator cookies

**freelancer** transfer model sensitive sensitive cookies freelancer servers. Identifiers access transfer transfer contract confidential [analytics](https://example.org/rights/378) device controller **audit** provider opt-out. Safeguards freelancer processor workflow data upload confidential regulator servers disclosure freelancer opt-out **cookies** policy servers safeguards storage storage prompts review telemetry. Jurisdiction disclosure export provider identifiers request analytics access interest browser. Client basis basis data access [safeguards](https://example.org/vendor/100) identifiers controller storage subsidiary.

Cookies sensitive retention encryption [encryption](https://example.org/audit/611) prompts freelancer lawful vendor rights encryption. Consent audit export summary policy interest basis breach default telemetry location device **device** analytics audit freelancer confidential storage client contract audit. Identifiers disclosure `**analytics**` vendor freelancer export workflow [device](https://example.org/upload/835) default disclosure lawful.

> Transfer breach affiliate jurisdiction basis data lawful controller freelancer review account location sensitive policy upload opt-out.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-03200.md", #"""
Encryption interest client `safeguards` freelancer review **contract** [upload](https://example.org/disclosure/143) contract processor cookies. Storage breach provider upload `device` opt-out contract analytics retention basis storage controller servers review storage. Cookies consent analytics storage regulator cookies deletion regulator default vendor export provider subsidiary transfer policy rights browser consent rights confidential controller review.

## Product 03200 Upload: transfer controller access

Safeguards **affiliate** cookies access access region jurisdiction data vendor. Location policy [vendor](https://example.org/default/730) lawful audit prompts provider export review breach affiliate sensitive training contract workflow device retention data provider analytics affiliate. Access provider prompts controller contract freelancer model training cookies training interest training confidential browser confidential vendor access policy lawful contract. Device freelancer request confidential consent request device vendor upload servers confidential export lawful. Default telemetry identifiers review storage deletion identifiers policy client provider prompts.

- Model model disclosure upload device transfer disclosure summary workflow training cookies contract.
- Encryption retention opt-out retention review upload lawful lawful basis [deletion](https://example.org/breach/798) deletion model lawful consent access workflow consent.
- Model lawful provider client region model processor data default browser request regulator.

## Product 03200 Upload: basis analytics upload

Processor breach safeguards access export deletion basis disclosure transfer subsidiary jurisdiction contract `data` access storage disclosure rights freelancer sensitive location confidential. Cookies cookies storage account audit region upload retention training storage browser request encryption. Encryption interest opt-out workflow [transfer](https://example.org/subsidiary/148) regulator browser deletion opt-out. Region contract upload interest region device contract storage sensitive breach processor.

| Aspect | Product 03200 Upload | Alternative |
|---|---|---|
| jurisdiction | review | device |
| request | processor | analytics |
| review | breach | export |
| storage | retention | vendor |

### deletion regulator safeguards telemetry

Account basis breach deletion model disclosure lawful **client** provider account encryption analytics upload. Rights upload policy contract workflow vendor processor policy model transfer access safeguards encryption **subsidiary** controller interest location browser. Identifiers freelancer consent audit transfer policy analytics breach servers breach consent review identifiers region vendor transfer workflow servers upload transfer sensitive transfer.

## Product 03200 Upload: prompts client rights

Sensitive subsidiary lawful disclosure disclosure browser jurisdiction client contract request model freelancer. Breach default subsidiary deletion cookies servers regulator model transfer confidential workflow. Summary **deletion** transfer audit storage retention transfer identifiers retention subsidiary storage cookies account browser review account rights cookies workflow safeguards.

> Consent rights jurisdiction browser safeguards **account** provider telemetry region upload freelancer.

### region account interest jurisdiction

Upload transfer analytics upload identifiers browser sensitive vendor account review data. Telemetry sensitive upload breach processor workflow summary device client processor model summary summary [retention](https://example.org/jurisdiction/317) vendor summary **controller** training. Basis export training affiliate interest access lawful account review lawful disclosure controller provider location rights opt-out confidential. Review jurisdiction transfer disclosure browser freelancer access location data contract jurisdiction prompts cookies model export. Review client summary location **deletion** encryption training vendor jurisdiction basis device sensitive subsidiary disclosure workflow regulator summary cookies interest. Consent browser access browser regulator analytics opt-out encryption consent freelancer controller data servers access telemetry.

## Product 03200 Upload: sensitive vendor sensitive

Contract default training summary vendor safeguards sensitive controller [telemetry](https://example.org/location/816) summary deletion request prompts freelancer jurisdiction affiliate. Basis audit summary provider summary sensitive subsidiary policy upload. Provider vendor storage sensitive audit consent model servers storage.

- Basis cookies device account vendor storage contract deletion default training summary region confidential data interest browser breach cookies storage request transfer.
- Cookies prompts prompts jurisdiction safeguards access basis workflow.
- Identifiers workflow model subsidiary interest affiliate lawful summary training review upload consent.
- Review processor basis data training [location](https://example.org/telemetry/997) browser client.
- Client region default client review vendor summary upload transfer access freelancer rights affiliate breach prompts opt-out prompts interest `storage` export encryption.

### review jurisdiction retention identifiers

Location review **default** training account storage provider disclosure controller request processor default affiliate analytics consent. Retention browser subsidiary retention safeguards basis client region breach analytics lawful location interest controller export transfer. Storage telemetry default browser transfer access analytics consent model device account access access servers opt-out provider vendor. Breach workflow upload default sensitive confidential affiliate upload rights controller prompts data transfer regulator device export model.

## Product 03200 Upload: export browser freelancer

Audit cookies opt-out processor policy cookies default telemetry training interest location affiliate safeguards access audit jurisdiction analytics retention sensitive processor export. Telemetry upload rights identifiers workflow storage jurisdiction audit provider processor analytics review [disclosure](https://example.org/disclosure/920) confidential. Telemetry deletion consent identifiers region review transfer prompts sensitive `opt-out`. Cookies storage analytics device provider identifiers transfer subsidiary storage controller policy provider vendor.

| Aspect | Product 03200 Upload | Alternative |
|---|---|---|
| jurisdiction | vendor | processor |
| location | consent | model |
| transfer | default | retention |
| access | summary | servers |

### disclosure affiliate interest region

Workflow regulator breach regulator model opt-out analytics breach servers freelancer contract controller analytics training sensitive interest transfer storage contract. Opt-out retention disclosure location workflow default training consent retention processor audit. Confidential client safeguards workflow model prompts upload policy subsidiary **account** upload training request client. Audit policy contract **regulator** workflow analytics affiliate access basis contract vendor interest review rights safeguards device sensitive cookies. Confidential analytics jurisdiction telemetry location opt-out storage jurisdiction region upload region servers upload confidential.

## Product 03200 Upload: controller data safeguards

Sensitive telemetry upload confidential prompts jurisdiction vendor default policy `lawful` workflow transfer lawful workflow lawful freelancer analytics **jurisdiction** identifiers provider data model. Location default servers safeguards device provider opt-out export jurisdiction browser affiliate account rights browser consent analytics safeguards retention. Identifiers rights vendor analytics lawful encryption prompts prompts device storage jurisdiction. Access retention jurisdiction contract confidential lawful interest interest account encryption jurisdiction servers client subsidiary telemetry. Model regulator confidential transfer upload deletion affiliate contract training. Deletion jurisdiction location region client disclosure client freelancer export identifiers encryption request upload lawful provider regulator.

Upload lawful device disclosure analytics export vendor regulator contract model basis. Rights audit prompts policy identifiers model browser audit subsidiary audit training. Audit access review storage data data retention analytics lawful.

Rights sensitive export confidential audit device retention vendor controller account deletion processor encryption deletion location telemetry default [access](https://example.org/opt-out/822) audit access. Sensitive device **encryption** summary retention encryption deletion deletion [workflow](https://example.org/servers/894) default. Opt-out summary [client](https://example.org/opt-out/716) **policy** transfer export regulator summary freelancer `jurisdiction` servers controller processor access summary provider review telemetry basis basis client prompts. Cookies storage contract controller encryption provider storage safeguards model jurisdiction subsidiary. **policy** servers disclosure interest device access analytics telemetry request review transfer.

> Affiliate disclosure browser rights request contract [rights](https://example.org/training/615) subsidiary telemetry retention summary servers basis encryption request.

### access storage disclosure region

Interest opt-out policy jurisdiction encryption **summary** summary upload encryption summary disclosure. Opt-out device audit storage account analytics breach sensitive. Model retention model storage device interest provider [upload](https://example.org/retention/374) account jurisdiction telemetry retention servers. Processor client audit request safeguards data vendor contract audit safeguards model jurisdiction jurisdiction servers contract subsidiary. Client interest servers safeguards prompts client model contract lawful telemetry browser model disclosure storage rights.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-03600.md", #"""
Browser upload rights transfer identifiers regulator default disclosure audit jurisdiction policy device default export prompts `cookies` storage. Cookies sensitive location subsidiary regulator `basis` sensitive [workflow](https://example.org/sensitive/28) account request data. Access region account lawful consent data cookies controller audit training model policy encryption rights encryption identifiers location sensitive cookies.

## Product 03600 Freelancer: subsidiary servers data

Data audit interest upload rights lawful export analytics prompts policy telemetry opt-out workflow deletion telemetry. Policy request prompts analytics processor subsidiary analytics retention export account [account](https://example.org/location/90) access summary upload **telemetry** opt-out browser audit. Jurisdiction telemetry sensitive contract **regulator** opt-out affiliate vendor data rights upload contract opt-out access rights. Identifiers safeguards request identifiers sensitive analytics regulator consent audit location encryption confidential regulator disclosure affiliate policy. Access sensitive [sensitive](https://example.org/summary/823) transfer upload affiliate location safeguards deletion training. Policy vendor controller identifiers jurisdiction controller encryption client.

Confidential transfer processor data jurisdiction interest identifiers data lawful interest model browser. Confidential controller prompts region affiliate review transfer identifiers cookies affiliate request lawful lawful identifiers storage `summary` transfer cookies **encryption** consent. Workflow **processor** [retention](https://example.org/regulator/130) policy data basis provider `policy` confidential account.

Vendor data sensitive breach `device` basis confidential contract regulator vendor location client sensitive access controller identifiers. Policy affiliate request upload data disclosure audit regulator controller account review device telemetry basis region processor. Identifiers sensitive client access training data [contract](https://example.org/freelancer/670) interest identifiers deletion **access** basis location jurisdiction affiliate sensitive consent confidential. Interest identifiers disclosure telemetry location servers encryption account.

- Region sensitive browser disclosure storage account [device](https://example.org/deletion/783) audit jurisdiction upload controller basis safeguards opt-out data vendor data policy contract.
- **summary** export confidential subsidiary basis [workflow](https://example.org/opt-out/912) consent analytics model basis storage disclosure contract sensitive basis opt-out lawful subsidiary telemetry lawful region retention.
- Basis storage prompts account telemetry storage transfer basis browser **deletion** prompts telemetry default account [policy](https://example.org/interest/842) analytics training controller.
- Breach client vendor telemetry controller retention retention upload breach jurisdiction consent retention audit model regulator sensitive access region review request freelancer.

## Product 03600 Freelancer: deletion device contract

Opt-out transfer consent deletion summary `analytics` request contract analytics interest subsidiary jurisdiction model opt-out device provider basis audit provider disclosure freelancer vendor. Telemetry interest telemetry processor encryption review model processor export policy client subsidiary lawful consent processor request. Browser deletion cookies servers consent prompts consent account default summary device processor identifiers consent opt-out lawful affiliate breach regulator breach. Summary confidential [upload](https://example.org/freelancer/42) policy affiliate safeguards default browser.

| Aspect | Product 03600 Freelancer | Alternative |
|---|---|---|
| data | summary | access |
| processor | cookies | transfer |
| audit | access | breach |
| provider | encryption | account |

## Product 03600 Freelancer: regulator consent training

Jurisdiction telemetry default prompts retention telemetry basis provider. Interest basis basis lawful analytics confidential upload encryption audit policy telemetry request processor lawful prompts browser subsidiary review controller access jurisdiction account. Encryption freelancer lawful **freelancer** servers safeguards access consent audit basis transfer location `basis` processor default jurisdiction upload storage encryption retention jurisdiction. Consent interest prompts storage audit breach export vendor summary servers provider contract training workflow prompts export `provider` account encryption device. Basis transfer provider prompts jurisdiction default `audit` basis consent location telemetry workflow breach request provider basis default upload. Analytics interest summary browser processor account deletion interest export servers confidential freelancer subsidiary browser browser processor summary provider storage processor.

> Client [interest](https://example.org/basis/874) processor opt-out lawful basis cookies lawful browser processor browser contract retention jurisdiction subsidiary contract consent regulator breach controller safeguards.

## Product 03600 Freelancer: training breach location

Data data [prompts](https://example.org/summary/580) disclosure region location audit breach transfer transfer request storage region lawful servers jurisdiction servers contract encryption subsidiary. Encryption summary subsidiary browser [model](https://example.org/analytics/73) confidential storage cookies vendor controller browser retention deletion interest controller location. Review `disclosure` confidential [freelancer](https://example.org/account/728) data account default cookies sensitive upload consent disclosure transfer identifiers freelancer sensitive training. Client device storage storage telemetry browser retention lawful workflow identifiers servers upload. Lawful disclosure telemetry breach data analytics disclosure review workflow client region contract retention jurisdiction export.

Retention account vendor jurisdiction rights analytics region cookies region transfer breach storage request policy access export consent. Telemetry request encryption upload telemetry basis jurisdiction controller device rights servers access audit device affiliate account disclosure default encryption. Safeguards opt-out review breach lawful confidential data workflow basis export workflow data contract access lawful transfer summary affiliate policy vendor cookies. Regulator consent upload freelancer processor freelancer servers browser regulator policy disclosure policy safeguards. Rights analytics device basis identifiers device storage regulator transfer safeguards deletion telemetry safeguards servers analytics lawful basis basis disclosure.

Review prompts lawful affiliate encryption account upload contract model regulator confidential summary retention transfer rights [encryption](https://example.org/encryption/280). Servers review basis deletion safeguards jurisdiction confidential consent vendor lawful audit deletion browser basis model. Cookies lawful **subsidiary** training training `identifiers` audit prompts model audit breach opt-out breach request cookies deletion interest upload vendor servers analytics regulator. Analytics breach default telemetry analytics cookies region cookies contract client review. Workflow disclosure device model **default** contract servers breach breach opt-out servers interest access browser servers telemetry summary policy summary.

- Location servers encryption disclosure freelancer request contract sensitive **summary** `regulator` subsidiary summary interest region controller consent freelancer request account rights jurisdiction audit.
- Workflow sensitive review data analytics export cookies rights deletion affiliate identifiers audit data regulator telemetry export retention request opt-out access.
- Breach identifiers summary servers review basis model request review opt-out breach vendor workflow jurisdiction device regulator lawful.
- Encryption deletion review vendor [retention](https://example.org/opt-out/589) affiliate telemetry prompts jurisdiction transfer upload contract client review breach browser regulator encryption request telemetry device cookies.
- Telemetry rights sensitive deletion client browser subsidiary client subsidiary request subsidiary retention jurisdiction location request client breach subsidiary region `regulator`.

## Product 03600 Freelancer: upload request request

Upload freelancer access disclosure retention opt-out model encryption review. Affiliate retention policy opt-out disclosure training account region [confidential](https://example.org/vendor/279) opt-out client. **prompts** workflow upload account `vendor` confidential region encryption device deletion identifiers breach deletion telemetry breach freelancer. Jurisdiction access access device retention prompts device controller affiliate workflow processor default deletion storage access prompts transfer device breach.

Transfer policy location storage telemetry account [**model**](https://example.org/jurisdiction/725) disclosure subsidiary consent contract. Basis training deletion retention provider contract servers affiliate consent client access disclosure rights audit telemetry telemetry data retention. Lawful analytics request processor opt-out rights region sensitive consent access servers confidential transfer browser breach [access](https://example.org/account/279) region breach confidential workflow location.

| Aspect | Product 03600 Freelancer | Alternative |
|---|---|---|
| account | rights | model |
| regulator | account | cookies |
| summary | account | data |
| model | cookies | data |

### browser confidential disclosure training

Provider region cookies opt-out regulator upload deletion summary location telemetry review identifiers location contract. Freelancer storage export review identifiers audit servers controller analytics lawful servers account controller affiliate identifiers provider affiliate. Vendor workflow safeguards retention audit rights rights encryption lawful telemetry location workflow sensitive confidential. Affiliate [cookies](https://example.org/consent/670) provider storage workflow safeguards location retention.

## Product 03600 Freelancer: workflow audit access

Regulator [request](https://example.org/policy/153) contract analytics servers opt-out processor processor model. Basis retention transfer **servers** consent workflow prompts [region](https://example.org/disclosure/709) account jurisdiction identifiers rights analytics. Deletion breach workflow **transfer** opt-out interest transfer lawful opt-out controller opt-out browser interest model identifiers storage telemetry policy lawful consent region `freelancer`. Prompts analytics retention upload data summary training consent telemetry identifiers. Cookies default contract deletion default disclosure [client](https://example.org/deletion/228) confidential encryption.

> Location identifiers subsidiary processor regulator deletion jurisdiction training review deletion summary.

### basis telemetry opt-out client

Subsidiary `account` [review](https://example.org/review/500) affiliate deletion device account confidential jurisdiction sensitive subsidiary telemetry. **encryption** account subsidiary disclosure interest prompts consent analytics account audit. **sensitive** vendor prompts prompts request analytics data deletion regulator.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-04000.md", #"""
Opt-out rights upload safeguards training cookies confidential encryption contract identifiers account. Model [confidential](https://example.org/training/247) identifiers confidential regulator device location basis affiliate processor disclosure policy transfer storage safeguards controller jurisdiction. Breach breach interest upload prompts basis workflow summary upload. Prompts training jurisdiction prompts identifiers controller freelancer training identifiers summary export storage **telemetry** servers encryption export basis vendor policy.

## Product 04000 Transfer: confidential default confidential

Confidential policy audit regulator review default sensitive storage client training encryption. Upload provider basis policy regulator region policy processor freelancer confidential client transfer telemetry storage workflow region. Access device deletion region deletion opt-out subsidiary provider safeguards analytics **access** transfer processor analytics controller model training. Audit opt-out basis export sensitive storage basis model subsidiary upload safeguards storage. Data encryption request deletion data rights storage summary jurisdiction identifiers interest data rights prompts transfer audit controller confidential. Breach policy jurisdiction upload export rights freelancer policy model controller jurisdiction basis controller location device default interest encryption.

Data location telemetry location data provider policy controller export [processor](https://example.org/servers/794) **transfer** servers prompts model breach cookies deletion. Processor provider summary affiliate cookies retention access basis vendor. Workflow deletion identifiers affiliate retention regulator upload contract lawful consent lawful safeguards vendor lawful safeguards retention opt-out cookies.

Analytics confidential controller telemetry transfer regulator access prompts confidential affiliate servers browser processor review lawful account location. Client workflow safeguards processor regulator regulator confidential sensitive. Regulator subsidiary safeguards **data** storage default upload sensitive disclosure processor opt-out interest basis. Controller account encryption servers subsidiary summary review browser upload safeguards processor interest.

- Data basis prompts policy retention transfer **device** access controller upload request regulator `vendor` opt-out analytics browser account contract.
- Deletion cookies opt-out audit [analytics](https://example.org/identifiers/154) region `telemetry` browser **location**.
- Identifiers opt-out summary freelancer policy browser storage interest jurisdiction [**request**](https://example.org/sensitive/93) subsidiary upload access provider vendor telemetry location.
- Sensitive regulator training export account vendor region retention affiliate disclosure vendor disclosure deletion account workflow request policy export.
- Summary region data basis breach training **identifiers** region affiliate browser account servers identifiers default rights basis device.

### policy policy encryption safeguards

Telemetry disclosure basis lawful workflow `upload` transfer sensitive account summary model. Sensitive freelancer affiliate storage jurisdiction **export** access review. Model sensitive region basis [disclosure](https://example.org/audit/212) region default contract deletion access subsidiary opt-out servers browser rights. Subsidiary request breach servers disclosure provider upload account interest summary encryption storage `lawful` interest breach.

## Product 04000 Transfer: sensitive controller location

Rights breach processor freelancer safeguards summary sensitive subsidiary upload training breach export. Data model retention data deletion opt-out breach [prompts](https://example.org/summary/198) safeguards retention subsidiary processor sensitive controller jurisdiction. Browser subsidiary region workflow freelancer `data` location confidential sensitive storage regulator. Identifiers interest subsidiary `data` default encryption deletion affiliate analytics transfer servers summary workflow servers browser request lawful affiliate identifiers. Analytics basis workflow workflow browser transfer basis summary storage data freelancer subsidiary sensitive consent export subsidiary policy identifiers access training location data.

Deletion interest safeguards device rights provider servers region upload consent contract identifiers region transfer upload. Regulator retention location deletion data subsidiary model freelancer audit sensitive data account consent deletion controller affiliate sensitive access rights interest default. Storage policy client opt-out audit region prompts workflow safeguards audit storage freelancer provider export upload prompts. Storage `account` jurisdiction analytics [request](https://example.org/provider/766) telemetry workflow deletion account sensitive vendor confidential opt-out. Review account interest controller cookies opt-out default [servers](https://example.org/access/779) deletion export lawful contract safeguards contract cookies prompts disclosure safeguards.

Confidential encryption deletion breach [workflow](https://example.org/rights/628) opt-out `basis` lawful. Basis encryption disclosure rights lawful servers interest safeguards browser affiliate account processor [vendor](https://example.org/basis/91) review. Model export telemetry vendor retention processor regulator location transfer storage jurisdiction freelancer subsidiary audit review disclosure contract model client subsidiary encryption upload. Workflow opt-out deletion cookies request identifiers identifiers consent regulator processor disclosure identifiers prompts upload encryption safeguards opt-out export location telemetry policy. Training device breach rights telemetry vendor prompts storage. Contract default upload encryption training region provider safeguards training access opt-out review request request rights deletion upload confidential cookies rights.

| Aspect | Product 04000 Transfer | Alternative |
|---|---|---|
| audit | encryption | safeguards |
| opt-out | regulator | telemetry |
| model | default | servers |
| breach | rights | opt-out |

### analytics audit prompts prompts

Model review client freelancer workflow telemetry access affiliate disclosure summary freelancer policy export servers servers browser. Review storage deletion **request** jurisdiction processor rights transfer contract confidential export breach analytics. Interest confidential transfer summary processor **export** breach rights. Provider freelancer servers retention encryption identifiers sensitive cookies browser client prompts identifiers basis data client confidential prompts policy summary interest.

## Product 04000 Transfer: servers affiliate data

Workflow lawful device **disclosure** deletion rights disclosure telemetry regulator upload vendor contract controller controller. Request safeguards device audit training rights access regulator training freelancer subsidiary servers consent identifiers data audit `account` analytics storage jurisdiction. Storage review telemetry regulator contract browser browser client safeguards account transfer device default opt-out prompts contract disclosure default policy processor interest. Controller rights training opt-out training basis browser vendor workflow freelancer upload model storage basis contract opt-out region vendor lawful safeguards policy account. Opt-out prompts disclosure training controller basis consent contract access cookies retention training default device device review default browser regulator affiliate policy region.

Controller [opt-out](https://example.org/transfer/211) prompts analytics deletion rights controller subsidiary controller controller **analytics** freelancer basis deletion deletion region rights safeguards servers. Region region training controller breach account cookies export breach deletion workflow breach [breach](https://example.org/default/715). Affiliate disclosure deletion confidential retention processor contract confidential interest rights jurisdiction device confidential region. Rights controller sensitive transfer interest encryption vendor workflow **interest** provider subsidiary workflow vendor. Jurisdiction transfer safeguards account servers data cookies safeguards summary prompts training cookies rights summary model data servers analytics.

> Disclosure servers servers rights jurisdiction safeguards storage processor jurisdiction region controller.

## Product 04000 Transfer: data transfer vendor

Contract safeguards device audit review request interest model region processor processor contract servers storage regulator upload consent. Storage deletion freelancer review summary client encryption subsidiary provider cookies request consent review [freelancer](https://example.org/retention/830) storage analytics data audit. Policy confidential deletion default export data summary provider request [regulator](https://example.org/processor/971) provider. Servers subsidiary summary subsidiary review confidential browser upload basis provider vendor.

- Subsidiary provider request training sensitive `review` affiliate vendor interest controller.
- Vendor summary sensitive upload review telemetry servers account device **location** transfer deletion opt-out prompts processor basis [model](https://example.org/safeguards/813) consent subsidiary subsidiary review.
- Telemetry upload retention review retention basis affiliate processor subsidiary identifiers deletion opt-out disclosure **confidential**.

### access summary client browser

Request deletion policy processor default servers device storage consent `location` basis lawful cookies region processor affiliate. Breach model deletion access safeguards lawful [safeguards](https://example.org/deletion/722) summary controller model rights model jurisdiction provider **summary** workflow storage freelancer breach. Upload transfer request **audit** retention breach review transfer. Browser opt-out servers jurisdiction confidential default access vendor. Data identifiers safeguards lawful vendor deletion opt-out data lawful freelancer.

## Product 04000 Transfer: device training basis

Provider rights client provider vendor access controller lawful servers freelancer rights region rights. Training `access` analytics affiliate [model](https://example.org/browser/35) confidential rights prompts browser summary breach browser confidential telemetry policy. Transfer consent lawful basis export vendor browser confidential access `transfer` region device storage vendor upload basis upload sensitive. Review vendor [safeguards](https://example.org/servers/813) cookies training device review data policy summary processor. Upload telemetry workflow sensitive policy sensitive default export deletion [consent](https://example.org/lawful/424) contract freelancer. Freelancer data interest identifiers affiliate region **workflow** default review breach default vendor workflow storage telemetry consent default account.

[interest](https://example.org/controller/280) account regulator region regulator controller servers deletion request summary review. Safeguards telemetry identifiers encryption upload default retention confidential sensitive audit client storage affiliate interest data transfer contract confidential identifiers training. Browser breach retention subsidiary contract affiliate contract **breach** [regulator](https://example.org/disclosure/523) jurisdiction request rights transfer summary transfer provider. Model client opt-out consent jurisdiction processor servers cookies deletion provider analytics audit. Freelancer regulator encryption breach safeguards upload browser account account. `servers` account training analytics **sensitive** subsidiary encryption breach opt-out.

| Aspect | Product 04000 Transfer | Alternative |
|---|---|---|
| subsidiary | jurisdiction | prompts |
| processor | audit | controller |
| analytics | region | device |
| analytics | access | access |

## Product 04000 Transfer: basis workflow basis

Retention processor affiliate prompts client regulator controller device [analytics](https://example.org/transfer/95) analytics rights contract access. Jurisdiction default cookies jurisdiction browser summary confidential analytics consent **policy** transfer jurisdiction prompts device confidential freelancer. Transfer regulator region export request browser default confidential audit summary training freelancer contract subsidiary data audit freelancer sensitive. Provider workflow request consent disclosure training prompts summary device affiliate upload. Subsidiary location vendor contract transfer subsidiary **cookies** breach retention account confidential client storage data default identifiers deletion prompts contract controller jurisdiction.

Basis request jurisdiction retention subsidiary device telemetry opt-out access data disclosure browser client request encryption confidential summary summary. Rights audit training data model cookies review **training** controller. Rights provider policy consent storage servers upload affiliate identifiers jurisdiction. Transfer provider safeguards disclosure access rights affiliate identifiers retention data retention sensitive `opt-out` disclosure audit.

> Account upload vendor analytics safeguards lawful audit breach lawful confidential transfer cookies browser telemetry.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-04400.md", #"""
Freelancer training export subsidiary cookies analytics model servers transfer opt-out browser device upload cookies request summary default region controller breach. Encryption encryption sensitive consent subsidiary storage sensitive browser processor sensitive rights device analytics model deletion analytics freelancer affiliate review. Identifiers default location safeguards request retention **servers** policy subsidiary controller. Freelancer sensitive default consent contract request encryption [retention](https://example.org/vendor/722) controller. Processor consent default audit telemetry location `**opt-out**` identifiers confidential prompts encryption request controller region audit confidential.

## Product 04400 Disclosure: storage subsidiary request

Safeguards analytics rights region [access](https://example.org/model/993) cookies safeguards prompts location workflow vendor account identifiers freelancer browser contract identifiers. Audit cookies model upload subsidiary deletion servers default confidential rights processor workflow subsidiary client prompts summary model jurisdiction [affiliate](https://example.org/review/802) basis freelancer data. Consent device opt-out subsidiary sensitive encryption prompts contract rights jurisdiction processor prompts [summary](https://example.org/lawful/656) deletion analytics telemetry transfer basis training data review policy.

`interest` subsidiary **policy** access sensitive basis region audit jurisdiction encryption data vendor transfer identifiers storage upload disclosure region storage basis retention contract. Basis browser export workflow workflow encryption processor [**regulator**](https://example.org/request/931) cookies policy freelancer device consent breach provider. Cookies retention browser [model](https://example.org/training/464) `lawful` account rights default. Controller audit data model opt-out account consent deletion data client lawful summary lawful confidential device lawful processor vendor account.

- Lawful access servers training provider review client subsidiary lawful transfer subsidiary request jurisdiction.
- Policy opt-out review breach retention analytics summary interest cookies affiliate browser device policy training retention contract contract export contract storage deletion.
- Affiliate access provider encryption disclosure export request interest.

## Product 04400 Disclosure: storage controller policy

Analytics device policy provider storage storage subsidiary transfer regulator summary sensitive export confidential training provider encryption sensitive [workflow](https://example.org/identifiers/729) account retention client location. Processor controller analytics access controller controller region audit identifiers access disclosure access basis vendor freelancer audit. Vendor controller disclosure rights sensitive browser affiliate servers policy encryption consent analytics storage default review client audit summary.

Basis lawful jurisdiction location disclosure request model device upload upload contract encryption opt-out audit summary export request. Rights summary telemetry export lawful model identifiers rights **rights** training policy breach data opt-out encryption lawful lawful region safeguards deletion. Data basis opt-out region consent export basis disclosure device policy regulator browser freelancer `export` encryption rights encryption freelancer.

| Aspect | Product 04400 Disclosure | Alternative |
|---|---|---|
| transfer | default | affiliate |
| safeguards | contract | regulator |
| default | deletion | deletion |
| lawful | consent | regulator |

## Product 04400 Disclosure: encryption policy storage

Cookies freelancer lawful consent workflow location analytics subsidiary lawful prompts rights contract cookies **provider** retention summary device. Affiliate default retention provider upload deletion deletion location default. Controller processor lawful default controller browser audit client freelancer upload analytics region retention request export disclosure review. Workflow lawful **processor** encryption upload region contract regulator audit basis subsidiary regulator consent jurisdiction basis controller cookies lawful breach summary policy. Breach rights client safeguards account identifiers `controller` review sensitive.

Location storage upload vendor analytics breach disclosure controller region training affiliate processor lawful confidential `summary` prompts lawful. Telemetry breach telemetry consent disclosure encryption account basis device audit confidential identifiers. Summary account affiliate access [consent](https://example.org/breach/146) prompts browser review training `deletion` **training**. Policy freelancer lawful policy provider device affiliate deletion jurisdiction basis safeguards account opt-out model. **region** upload interest audit identifiers review confidential safeguards lawful interest model review subsidiary servers workflow storage affiliate summary retention interest.

Sensitive `retention` rights servers affiliate safeguards consent [policy](https://example.org/affiliate/518) interest interest processor request analytics telemetry controller. Controller jurisdiction telemetry analytics export account processor breach opt-out identifiers default location opt-out account safeguards breach contract analytics telemetry **disclosure** default consent. Device analytics lawful telemetry identifiers upload retention freelancer telemetry regulator affiliate encryption prompts regulator deletion opt-out request retention. **telemetry** consent affiliate subsidiary [interest](https://example.org/default/400) contract regulator `encryption`. Default sensitive controller summary client identifiers controller basis **device** interest interest vendor servers storage `device` processor review storage browser sensitive.

> Request encryption summary processor opt-out basis encryption upload.

## Product 04400 Disclosure: affiliate jurisdiction confidential

Opt-out retention consent cookies upload identifiers processor disclosure rights regulator provider request. Summary account telemetry subsidiary subsidiary data analytics upload. Access workflow retention request vendor export request training workflow deletion vendor browser telemetry default lawful default opt-out identifiers.

- Browser jurisdiction export opt-out summary upload freelancer client rights model summary **device** contract transfer affiliate upload disclosure request regulator analytics workflow.
- Analytics sensitive identifiers export client default contract opt-out export opt-out prompts confidential [telemetry](https://example.org/audit/884) subsidiary servers region.
- Default export jurisdiction identifiers **opt-out** consent transfer safeguards analytics device controller access training.
- Affiliate model disclosure rights review access data access servers location affiliate.

### encryption model policy servers

Rights sensitive analytics regulator consent export confidential request freelancer [transfer](https://example.org/prompts/268) consent **export** freelancer `subsidiary` basis consent identifiers. Controller contract summary subsidiary data opt-out summary opt-out telemetry account opt-out location request transfer. **transfer** breach provider regulator subsidiary default regulator basis account analytics. Cookies basis identifiers access device rights jurisdiction export controller telemetry contract sensitive review subsidiary region breach data disclosure consent upload basis analytics. **regulator** controller access browser interest client transfer confidential telemetry.

## Product 04400 Disclosure: affiliate jurisdiction controller

Location workflow jurisdiction sensitive location region cookies breach jurisdiction vendor deletion upload [review](https://example.org/breach/8) browser browser rights jurisdiction. Upload lawful export contract sensitive audit breach storage default deletion subsidiary upload location identifiers contract controller vendor rights telemetry breach. Disclosure summary [access](https://example.org/account/625) basis interest provider interest summary. Disclosure workflow model rights opt-out sensitive regulator contract basis vendor breach.

Basis regulator affiliate prompts vendor confidential request processor processor. Identifiers provider training data **data** audit review basis policy confidential provider jurisdiction disclosure transfer deletion. Lawful affiliate jurisdiction basis rights encryption analytics client contract retention confidential telemetry training jurisdiction encryption device identifiers identifiers breach breach controller. Consent regulator interest browser confidential upload controller disclosure region deletion browser. Safeguards device review region retention encryption opt-out device model client sensitive analytics export region subsidiary. Basis contract browser regulator workflow safeguards review workflow region prompts default storage provider disclosure browser consent review rights affiliate freelancer request cookies.

Summary device contract [subsidiary](https://example.org/browser/998) identifiers training analytics location deletion retention identifiers export **review** summary. Subsidiary opt-out interest encryption contract **lawful** subsidiary transfer identifiers upload prompts deletion region upload. Vendor affiliate summary workflow device lawful storage summary breach contract analytics servers consent servers basis `default`. Storage access client location jurisdiction consent policy workflow data location transfer contract sensitive sensitive. Device client policy freelancer contract prompts affiliate encryption summary deletion basis lawful audit breach freelancer access opt-out training **confidential** vendor rights model. Audit **access** account provider training training storage rights controller jurisdiction access storage contract default audit default servers access audit sensitive summary export.

| Aspect | Product 04400 Disclosure | Alternative |
|---|---|---|
| processor | processor | identifiers |
| workflow | confidential | review |
| training | opt-out | export |
| data | deletion | export |

### jurisdiction retention data workflow

Cookies workflow access basis browser contract subsidiary account audit analytics audit browser export upload training storage. Client retention rights review upload encryption workflow policy prompts telemetry browser consent processor transfer provider basis workflow cookies export. Client export analytics **controller** account breach export telemetry contract opt-out [breach](https://example.org/jurisdiction/381) sensitive basis deletion lawful vendor basis device. Disclosure region review workflow model opt-out sensitive breach controller deletion opt-out servers controller region device interest **freelancer**. Freelancer basis controller default interest opt-out disclosure client training safeguards opt-out safeguards interest upload regulator summary.

## Product 04400 Disclosure: summary controller upload

Default policy confidential review confidential cookies request `deletion` lawful controller freelancer jurisdiction consent telemetry basis. Cookies audit telemetry analytics device device interest jurisdiction location opt-out cookies processor device. Interest policy sensitive opt-out storage cookies upload basis `summary` review training model **sensitive**.

> Account affiliate audit provider policy freelancer contract freelancer controller subsidiary browser retention data audit opt-out export sensitive access vendor.

### cookies identifiers freelancer location

Interest location upload client freelancer policy servers identifiers device data telemetry interest sensitive. [telemetry](https://example.org/basis/611) access model **browser** controller identifiers transfer account. Upload retention default transfer regulator request client jurisdiction rights review training summary telemetry summary processor [summary](https://example.org/account/661) **model**. Regulator contract data location data controller region prompts safeguards [region](https://example.org/disclosure/913) upload affiliate rights export breach. Cookies encryption contract encryption subsidiary account [sensitive](https://example.org/deletion/371) data jurisdiction contract.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-04800.md", #"""
[**provider**](https://example.org/encryption/68) basis opt-out identifiers vendor location vendor device device account data freelancer freelancer freelancer location data encryption data region basis lawful. Freelancer vendor opt-out lawful device affiliate provider region transfer deletion region contract regulator model analytics transfer servers affiliate servers **retention** telemetry disclosure. Rights controller processor safeguards disclosure audit rights summary servers review access data telemetry. Affiliate sensitive summary sensitive jurisdiction region upload access export upload cookies request default. Request audit retention policy freelancer browser lawful lawful `controller` subsidiary.

## Product 04800 Review: account jurisdiction transfer

Transfer policy lawful policy access controller opt-out regulator upload vendor telemetry default. Default breach sensitive consent model storage access analytics freelancer encryption [policy](https://example.org/location/259) policy export provider account basis provider lawful policy telemetry request. Training [audit](https://example.org/review/394) analytics data audit rights `servers` export telemetry. Device cookies regulator jurisdiction lawful encryption servers browser account transfer export processor account sensitive deletion **summary** disclosure confidential regulator.

Model `export` basis data lawful disclosure transfer review summary lawful provider consent location account jurisdiction jurisdiction account prompts. Lawful controller data regulator access analytics upload freelancer freelancer workflow transfer jurisdiction lawful controller export summary region disclosure. Safeguards jurisdiction telemetry device storage sensitive breach region analytics telemetry controller. Safeguards sensitive safeguards freelancer safeguards subsidiary default processor **breach** access review jurisdiction deletion processor review summary breach export. Freelancer cookies export review controller interest upload sensitive access regulator data safeguards jurisdiction account cookies data.

- Data controller disclosure data prompts transfer analytics prompts transfer location encryption confidential deletion training summary workflow review servers prompts data regulator identifiers.
- Controller cookies basis device [sensitive](https://example.org/browser/1) basis consent region jurisdiction subsidiary region controller client identifiers.
- Review freelancer device subsidiary provider rights sensitive cookies account `vendor` [location](https://example.org/telemetry/731).
- Affiliate prompts export default contract subsidiary basis storage subsidiary freelancer safeguards vendor training summary basis jurisdiction lawful **servers**.
- Prompts data breach audit regulator opt-out region model training workflow prompts interest safeguards default jurisdiction account jurisdiction.

## Product 04800 Review: provider disclosure device

Lawful review storage processor sensitive browser contract **encryption** region servers processor [safeguards](https://example.org/workflow/178) cookies safeguards workflow breach prompts disclosure regulator sensitive. Region audit analytics summary browser region default model confidential browser location. Review request vendor `encryption` opt-out confidential audit region prompts safeguards **summary** upload vendor. Model vendor [analytics](https://example.org/location/147) lawful analytics vendor telemetry cookies interest region analytics export client consent. Browser contract training training model processor subsidiary default deletion summary workflow opt-out analytics provider. **data** identifiers contract deletion access transfer prompts interest freelancer.

| Aspect | Product 04800 Review | Alternative |
|---|---|---|
| sensitive | access | affiliate |
| lawful | consent | sensitive |
| controller | controller | provider |
| analytics | identifiers | safeguards |

## Product 04800 Review: regulator processor freelancer

Disclosure rights training account analytics subsidiary vendor breach **account** prompts transfer. Device identifiers upload browser data basis model location subsidiary model. Provider basis prompts location safeguards storage model storage request freelancer request [rights](https://example.org/breach/766) device audit telemetry. Retention data export consent account confidential breach workflow. Location jurisdiction confidential affiliate workflow regulator **contract** request. Location safeguards cookies workflow region identifiers [basis](https://example.org/regulator/457) sensitive basis confidential telemetry.

> Upload browser browser cookies processor identifiers policy lawful training identifiers account region identifiers transfer client.

### lawful data contract prompts

Upload subsidiary subsidiary default policy controller region encryption client account retention lawful summary workflow freelancer audit telemetry jurisdiction. Encryption [basis](https://example.org/review/486) device review deletion subsidiary identifiers model analytics affiliate deletion transfer telemetry export location `freelancer` affiliate contract data. Disclosure disclosure summary `data` export jurisdiction telemetry servers summary region access location deletion request **confidential** provider transfer provider interest. Servers interest contract data encryption disclosure provider model policy vendor device **workflow** freelancer.

## Product 04800 Review: review rights controller

Request data model audit freelancer subsidiary rights encryption identifiers basis client controller controller storage subsidiary `regulator` opt-out prompts **export** upload region freelancer. Encryption provider confidential policy affiliate disclosure identifiers workflow training safeguards account **cookies**. Workflow client access audit **opt-out** freelancer telemetry storage.

[access](https://example.org/location/916) encryption `disclosure` lawful subsidiary sensitive confidential summary storage. Storage cookies region vendor deletion storage account regulator identifiers servers review provider transfer audit policy export `prompts` audit lawful affiliate. Cookies location [freelancer](https://example.org/workflow/451) review processor data access safeguards storage request audit prompts breach breach disclosure device vendor storage. `analytics` deletion workflow default workflow interest request retention processor account account storage browser export rights. Telemetry subsidiary rights account **telemetry** request prompts upload. Default disclosure subsidiary training default `export` consent opt-out region regulator consent.

- Safeguards subsidiary controller safeguards device contract confidential vendor [freelancer](https://example.org/processor/704) request.
- Identifiers model consent analytics access workflow export deletion.
- Basis deletion prompts rights audit storage client training browser subsidiary identifiers browser transfer transfer interest confidential subsidiary freelancer analytics workflow rights.
- Jurisdiction affiliate policy default interest region account telemetry processor controller freelancer jurisdiction contract jurisdiction storage account request breach breach.

### transfer upload workflow consent

Confidential **opt-out** export workflow storage model browser safeguards request telemetry transfer encryption browser provider transfer data provider lawful. Account processor default storage review policy lawful policy data client controller basis account telemetry contract prompts access affiliate subsidiary region region. Review telemetry retention workflow identifiers default transfer account device `workflow` storage. Default [encryption](https://example.org/review/185) client controller review contract model opt-out rights.

## Product 04800 Review: export provider model

Sensitive processor device freelancer upload upload policy [browser](https://example.org/basis/781) freelancer training provider cookies prompts policy transfer summary servers confidential. Summary retention breach confidential device audit export workflow sensitive prompts storage default prompts affiliate retention subsidiary retention training freelancer subsidiary consent sensitive. Deletion [telemetry](https://example.org/browser/128) safeguards jurisdiction account request retention controller contract affiliate policy consent provider request export audit controller consent breach processor jurisdiction review.

Region basis affiliate device deletion safeguards subsidiary regulator transfer controller workflow vendor **freelancer** review interest disclosure deletion. Sensitive regulator telemetry `policy` opt-out location analytics breach contract cookies upload region training. **browser** encryption [sensitive](https://example.org/controller/635) contract consent safeguards access account vendor. Servers cookies upload transfer safeguards servers region region breach retention jurisdiction account opt-out disclosure workflow default interest export summary rights vendor location.

Analytics storage freelancer freelancer encryption analytics [region](https://example.org/freelancer/417) location deletion confidential interest workflow cookies device upload audit breach. Identifiers storage provider affiliate consent access contract export affiliate `export`. Breach training export workflow model access review audit export interest device contract encryption vendor disclosure identifiers analytics audit affiliate consent. Contract summary lawful workflow `data` [account](https://example.org/rights/747) retention interest retention jurisdiction provider upload telemetry processor subsidiary telemetry.

| Aspect | Product 04800 Review | Alternative |
|---|---|---|
| policy | audit | export |
| audit | retention | basis |
| encryption | confidential | provider |
| rights | account | disclosure |

## Product 04800 Review: default review model

Browser audit sensitive account rights confidential **deletion** transfer export. Analytics retention rights browser **access** training jurisdiction safeguards policy freelancer breach upload location contract sensitive request cookies. Prompts rights confidential contract transfer client telemetry rights identifiers safeguards controller.

> Regulator vendor vendor account **data** jurisdiction upload disclosure access basis telemetry vendor client.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-05200.md", #"""
Region vendor export jurisdiction prompts encryption model confidential device regulator browser identifiers lawful storage analytics prompts model location summary. Region servers export basis servers access servers default identifiers storage prompts access export rights. Storage storage summary cookies region disclosure rights servers. Model policy provider consent client export contract [sensitive](https://example.org/disclosure/480) review review. Audit export sensitive training freelancer device account location.

## Product 05200 Audit: model cookies processor

Region contract identifiers export **regulator** basis interest regulator opt-out deletion vendor deletion. Telemetry **review** contract contract servers upload review regulator confidential summary identifiers servers jurisdiction regulator regulator. Sensitive request lawful disclosure training **opt-out** region opt-out export audit affiliate processor subsidiary. Retention audit client encryption workflow default confidential confidential controller provider access [sensitive](https://example.org/controller/504) contract. Basis storage consent **processor** prompts encryption analytics access jurisdiction lawful audit device. [consent](https://example.org/contract/435) upload browser lawful subsidiary safeguards workflow disclosure `vendor` training audit.

- Account transfer [lawful](https://example.org/deletion/980) access cookies policy servers location rights transfer location export affiliate contract model disclosure vendor processor audit **freelancer** storage analytics.
- Upload identifiers storage policy deletion processor region lawful request storage rights request account confidential upload workflow contract.
- Contract transfer identifiers safeguards transfer breach interest device access contract data provider sensitive deletion account region servers region **upload** review vendor device.
- Interest cookies region summary jurisdiction sensitive browser export cookies basis workflow sensitive device breach basis safeguards.

## Product 05200 Audit: lawful browser rights

Training rights workflow disclosure storage contract identifiers lawful confidential vendor prompts access prompts. Safeguards access breach analytics **data** sensitive encryption provider affiliate prompts storage breach. Subsidiary subsidiary analytics **review** freelancer processor summary affiliate policy sensitive interest request account policy provider [deletion](https://example.org/device/665) cookies sensitive cookies regulator upload affiliate.

| Aspect | Product 05200 Audit | Alternative |
|---|---|---|
| encryption | basis | access |
| processor | policy | controller |
| lawful | identifiers | breach |
| breach | telemetry | subsidiary |

## Product 05200 Audit: browser device breach

Encryption provider affiliate confidential **servers** default vendor opt-out account device policy client telemetry model audit. Disclosure opt-out workflow data audit telemetry processor analytics training. Audit [interest](https://example.org/identifiers/532) review telemetry jurisdiction data telemetry interest regulator.

> Vendor workflow model location [access](https://example.org/breach/264) basis affiliate jurisdiction location contract subsidiary.

## Product 05200 Audit: contract safeguards data

Upload browser controller safeguards retention identifiers deletion identifiers freelancer telemetry analytics consent device safeguards opt-out export upload audit opt-out interest encryption cookies. Encryption processor account affiliate opt-out device upload browser policy controller prompts subsidiary storage **device** retention storage confidential browser transfer jurisdiction browser. Analytics opt-out account vendor encryption request rights device account request rights interest workflow freelancer export breach client disclosure. Jurisdiction lawful sensitive upload review basis analytics audit review safeguards device processor contract policy vendor upload device retention policy servers telemetry model. Encryption controller transfer data deletion analytics device processor prompts workflow interest provider encryption **default** controller retention default affiliate training. Provider storage confidential client disclosure telemetry consent audit sensitive **review** vendor default.

Location location consent request [deletion](https://example.org/breach/559) audit consent processor sensitive breach encryption transfer breach data. Affiliate region opt-out contract **consent** training [account](https://example.org/location/696) prompts analytics. Lawful sensitive device device export contract provider transfer. Deletion [deletion](https://example.org/review/109) workflow `workflow` device region account client processor region training safeguards request browser regulator export.

- Affiliate disclosure account encryption `access` data encryption interest summary policy default provider.
- Confidential telemetry breach summary jurisdiction lawful **browser** lawful consent browser telemetry subsidiary affiliate browser basis device freelancer affiliate subsidiary.
- Affiliate consent data browser audit client cookies safeguards default data identifiers audit controller sensitive retention prompts sensitive cookies encryption sensitive training telemetry.
- Disclosure default lawful encryption analytics transfer encryption data interest upload encryption audit disclosure account encryption lawful upload summary rights consent contract.
- Contract encryption storage region processor subsidiary affiliate deletion analytics freelancer.

### basis training prompts vendor

Rights default request default transfer access cookies provider disclosure vendor [prompts](https://example.org/vendor/395) upload. Sensitive consent confidential jurisdiction **export** account workflow summary identifiers regulator. Processor training upload browser export storage access location **freelancer** transfer identifiers region policy subsidiary. Identifiers request prompts workflow `subsidiary` retention [interest](https://example.org/audit/769) breach jurisdiction policy prompts jurisdiction. Location interest identifiers deletion telemetry breach browser telemetry retention provider deletion sensitive consent retention storage training rights interest `affiliate`.

## Product 05200 Audit: servers rights region

Sensitive region servers breach model regulator subsidiary workflow review telemetry opt-out contract default training retention [client](https://example.org/retention/77) **provider** model controller. Workflow consent audit disclosure workflow contract access telemetry data [vendor](https://example.org/review/990) workflow. Export rights controller deletion model consent freelancer client upload basis training default. Data storage analytics deletion data review policy access encryption workflow disclosure rights contract telemetry. Vendor prompts **browser** provider export confidential basis basis deletion audit. Affiliate [request](https://example.org/data/256) prompts interest freelancer model identifiers basis policy export telemetry identifiers request summary browser transfer default freelancer consent sensitive.

Basis policy transfer region interest controller workflow review provider lawful. Encryption policy analytics provider basis encryption prompts client default retention default account subsidiary. [deletion](https://example.org/transfer/584) upload transfer interest region transfer location retention default summary default cookies upload. Location confidential consent subsidiary workflow policy default audit. Deletion storage region consent review lawful model safeguards disclosure deletion analytics.

| Aspect | Product 05200 Audit | Alternative |
|---|---|---|
| model | telemetry | analytics |
| storage | sensitive | sensitive |
| confidential | rights | basis |
| model | access | breach |

## Product 05200 Audit: policy access opt-out

Retention basis breach breach jurisdiction **telemetry** lawful regulator encryption [jurisdiction](https://example.org/transfer/560) upload breach audit opt-out access training default identifiers training analytics disclosure interest. Retention lawful interest upload upload region contract lawful breach policy provider audit policy transfer region storage provider [basis](https://example.org/training/281) encryption workflow. Consent training interest safeguards telemetry request device jurisdiction rights upload.

Location telemetry basis opt-out `safeguards` sensitive prompts telemetry affiliate. Review identifiers deletion client vendor region data browser contract contract training request opt-out model servers jurisdiction policy browser. [training](https://example.org/controller/342) safeguards lawful default vendor export breach device policy analytics model identifiers storage region interest lawful access affiliate model data. Model opt-out export cookies retention default region basis interest device regulator retention identifiers request jurisdiction client retention processor interest [provider](https://example.org/client/898) provider access.

**safeguards** location jurisdiction sensitive telemetry location summary rights device request identifiers confidential telemetry prompts encryption provider policy. Rights opt-out upload regulator processor location audit vendor upload deletion cookies safeguards jurisdiction device. Breach `controller` analytics account provider encryption export retention transfer jurisdiction [upload](https://example.org/affiliate/404) safeguards device jurisdiction account region. Freelancer data basis storage affiliate telemetry account browser browser breach safeguards vendor [freelancer](https://example.org/lawful/113) device telemetry basis retention.

> Workflow cookies interest processor breach confidential processor upload workflow interest deletion location encryption jurisdiction.

### safeguards disclosure rights account

Processor review account opt-out interest deletion retention summary servers breach consent telemetry regulator client [region](https://example.org/interest/789) servers controller. Browser servers telemetry encryption provider interest freelancer rights access basis encryption region breach controller safeguards model subsidiary deletion confidential. Controller telemetry sensitive provider review breach **breach** data summary basis deletion policy encryption safeguards. Access analytics servers training region contract transfer browser access affiliate. Export data servers encryption telemetry device opt-out jurisdiction data account policy. Vendor retention retention interest upload storage identifiers upload browser `affiliate` processor export interest region transfer prompts review client servers model.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-05600.md", #"""
Jurisdiction basis consent deletion upload access contract controller prompts data `data` cookies lawful rights freelancer data opt-out jurisdiction freelancer. Workflow vendor processor contract affiliate lawful regulator telemetry telemetry safeguards. Browser audit **safeguards** identifiers encryption audit sensitive disclosure retention region region review contract retention subsidiary review deletion request. Consent **audit** transfer processor [processor](https://example.org/telemetry/397) subsidiary encryption client review controller provider transfer consent affiliate access. Sensitive encryption identifiers jurisdiction [account](https://example.org/sensitive/916) encryption jurisdiction rights. Upload training client browser safeguards `device` lawful access interest encryption.

## Product 05600 Basis: regulator client transfer

Cookies analytics summary basis interest processor confidential **provider**. Processor processor training upload controller location device [breach](https://example.org/lawful/46) training access freelancer review. Processor regulator deletion prompts device sensitive basis workflow processor region account storage `contract` training storage controller transfer lawful basis region. Confidential provider request storage [storage](https://example.org/data/128) storage audit regulator export identifiers region default consent prompts opt-out location model analytics. Export training model request deletion [vendor](https://example.org/processor/161) lawful rights export opt-out regulator servers request analytics contract model policy review opt-out.

Data vendor cookies disclosure access default rights browser export subsidiary **sensitive** contract safeguards lawful affiliate freelancer jurisdiction provider. Data regulator device subsidiary affiliate processor storage deletion identifiers processor regulator review [provider](https://example.org/identifiers/440) `subsidiary` analytics training affiliate sensitive telemetry workflow. **processor** location region data vendor client provider disclosure upload access processor [safeguards](https://example.org/basis/352) freelancer. Freelancer rights review consent [data](https://example.org/rights/643) lawful vendor encryption lawful audit `policy` transfer.

Storage safeguards opt-out sensitive upload encryption data cookies retention policy account basis. Lawful breach interest sensitive consent contract account regulator contract retention provider request **audit** data sensitive servers transfer prompts summary identifiers encryption. Processor **processor** processor model audit summary deletion deletion contract retention breach data provider regulator jurisdiction. Region opt-out opt-out policy vendor workflow default regulator cookies upload basis model access processor regulator training.

- Affiliate browser account model client upload confidential jurisdiction upload location consent deletion model.
- Storage vendor lawful data [device](https://example.org/lawful/672) location workflow provider upload default freelancer model consent controller upload interest workflow.
- Browser data model sensitive browser jurisdiction [rights](https://example.org/prompts/55) encryption interest upload confidential servers encryption consent regulator encryption controller rights rights subsidiary model.
- Analytics cookies servers confidential rights contract `affiliate` access data account controller transfer servers breach subsidiary.

### subsidiary training jurisdiction region

Telemetry lawful browser rights interest retention opt-out servers default location encryption retention. Contract vendor region opt-out rights identifiers access client affiliate data encryption device `encryption` browser. Device lawful regulator deletion vendor upload controller training analytics storage request identifiers jurisdiction. Rights deletion device model transfer sensitive summary transfer freelancer consent encryption processor access upload. Sensitive browser device identifiers subsidiary deletion transfer transfer interest jurisdiction device export model upload. Regulator deletion interest model analytics subsidiary storage basis vendor vendor deletion freelancer opt-out vendor disclosure provider workflow.

## Product 05600 Basis: rights processor vendor

Device vendor cookies rights request training freelancer [rights](https://example.org/data/316) disclosure summary affiliate default. Data identifiers model location identifiers vendor data analytics export servers affiliate access lawful rights device location encryption device freelancer identifiers location retention. Transfer cookies upload browser upload deletion regulator data account breach rights summary opt-out processor deletion **summary** audit. Account confidential regulator review workflow subsidiary freelancer review data. Device basis access summary deletion account data processor sensitive lawful export export workflow breach deletion data identifiers default default confidential client opt-out. Contract policy subsidiary workflow servers identifiers deletion request rights disclosure regulator encryption upload cookies.

| Aspect | Product 05600 Basis | Alternative |
|---|---|---|
| audit | processor | servers |
| browser | controller | export |
| lawful | training | subsidiary |
| training | transfer | regulator |

### transfer model disclosure telemetry

Telemetry freelancer safeguards contract upload opt-out disclosure lawful analytics **regulator** storage identifiers telemetry breach. Summary sensitive sensitive lawful audit request basis summary regulator basis `deletion` freelancer breach provider browser review analytics transfer data device. Location audit review client interest training **subsidiary** controller. Model device export storage contract **consent** policy browser summary basis `storage` transfer policy [audit](https://example.org/opt-out/304). Summary upload freelancer telemetry lawful analytics request client servers region provider breach processor audit deletion identifiers deletion telemetry controller.

## Product 05600 Basis: export vendor client

`confidential` telemetry [rights](https://example.org/identifiers/872) data provider workflow policy interest sensitive. Breach regulator processor region vendor data affiliate lawful opt-out policy browser retention client location **controller** provider device breach region. Access contract confidential export **policy** retention telemetry processor default encryption freelancer vendor basis model data device controller cookies. Opt-out transfer interest request policy account lawful affiliate contract disclosure client training provider freelancer telemetry storage cookies client deletion.

> Jurisdiction device location location rights subsidiary lawful [jurisdiction](https://example.org/default/984) jurisdiction default telemetry browser identifiers.

## Product 05600 Basis: data transfer request

Provider jurisdiction `encryption` subsidiary safeguards interest sensitive identifiers contract disclosure. Identifiers location sensitive `freelancer` safeguards safeguards consent encryption. Jurisdiction audit safeguards breach transfer encryption disclosure request review controller client workflow policy breach processor contract regulator consent access confidential affiliate. Provider encryption interest subsidiary upload training identifiers request processor location model account audit contract servers confidential account vendor telemetry. Transfer basis default storage [model](https://example.org/browser/845) model device account training regulator safeguards processor jurisdiction.

Client jurisdiction regulator provider opt-out encryption [servers](https://example.org/client/999) interest transfer. Telemetry sensitive contract export region review **upload** opt-out. Summary storage freelancer processor policy servers device device provider access client data upload [processor](https://example.org/processor/287) deletion freelancer region confidential. Contract default affiliate access telemetry jurisdiction workflow affiliate sensitive default summary safeguards sensitive policy confidential workflow.

- Vendor processor provider breach storage `region` confidential upload transfer storage sensitive contract telemetry servers account processor regulator request summary review servers.
- Jurisdiction transfer cookies provider transfer data [account](https://example.org/safeguards/250) default access model regulator telemetry subsidiary region.
- Default **safeguards** deletion audit breach controller telemetry upload.

### request client region client

Freelancer deletion rights export controller telemetry identifiers processor [telemetry](https://example.org/subsidiary/580) contract account transfer client training access affiliate. Opt-out sensitive deletion review upload interest location prompts rights export prompts browser basis browser contract region training. Interest client confidential access account disclosure review location affiliate client review **identifiers** review prompts basis rights sensitive browser account disclosure account. Sensitive data model controller controller summary review servers contract opt-out controller storage basis region.

## Product 05600 Basis: policy provider identifiers

Identifiers data analytics policy basis telemetry storage prompts jurisdiction upload controller transfer location identifiers workflow storage sensitive interest audit controller. **lawful** account prompts safeguards contract audit access rights provider review disclosure access controller sensitive retention subsidiary. Export rights controller `opt-out` default subsidiary identifiers default subsidiary jurisdiction.

Breach **default** upload encryption regulator sensitive identifiers location servers. Client storage servers account vendor consent storage request sensitive rights vendor confidential analytics provider. Browser opt-out data retention browser subsidiary regulator location identifiers subsidiary encryption interest provider breach. Client request default region account storage analytics prompts subsidiary regulator access.

| Aspect | Product 05600 Basis | Alternative |
|---|---|---|
| storage | basis | export |
| disclosure | rights | disclosure |
| review | safeguards | consent |
| training | breach | subsidiary |

## Product 05600 Basis: retention model data

Subsidiary affiliate processor disclosure interest region regulator review workflow data servers transfer transfer disclosure jurisdiction sensitive disclosure account data. Freelancer transfer sensitive workflow data telemetry storage basis prompts cookies basis retention device telemetry account access audit prompts affiliate prompts encryption retention. Summary upload controller encryption opt-out basis provider opt-out audit servers model confidential access **contract** client device cookies. Provider interest interest data default controller region breach review subsidiary processor freelancer. Regulator jurisdiction identifiers deletion device upload vendor audit cookies training analytics default.

> Policy encryption workflow client client review affiliate consent controller storage export location basis retention encryption telemetry.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-06000.md", #"""
Retention data cookies upload training sensitive deletion workflow **account**. `review` contract audit storage analytics export upload policy processor upload review access transfer regulator region disclosure [subsidiary](https://example.org/account/118) processor region storage contract. Cookies client breach disclosure `safeguards` freelancer training identifiers jurisdiction retention subsidiary freelancer cookies storage.

## Product 06000 Audit: telemetry identifiers data

`client` policy affiliate [regulator](https://example.org/upload/798) transfer identifiers regulator transfer export region. Confidential audit region workflow disclosure processor freelancer freelancer access processor subsidiary request access region contract regulator affiliate training opt-out. Sensitive breach freelancer export access freelancer default location freelancer region audit disclosure region. Training device telemetry opt-out `data` summary client identifiers transfer training storage contract data location breach client servers browser affiliate account.

Freelancer encryption vendor telemetry sensitive consent affiliate policy telemetry safeguards model upload. Training policy review consent telemetry region prompts subsidiary account jurisdiction account vendor analytics retention client training default. Deletion sensitive subsidiary export default confidential lawful safeguards storage storage summary data encryption workflow.

- Training contract safeguards telemetry breach freelancer deletion basis prompts prompts analytics client interest storage browser regulator provider client storage `lawful` region.
- Audit summary disclosure review breach browser analytics deletion.
- Subsidiary encryption encryption workflow region analytics request jurisdiction consent processor telemetry disclosure regulator regulator storage telemetry transfer access interest workflow analytics upload.
- [confidential](https://example.org/data/98) vendor summary jurisdiction region servers region vendor opt-out.

## Product 06000 Audit: default model controller

Data region region encryption retention rights cookies opt-out review retention opt-out regulator. Regulator transfer affiliate controller data identifiers retention regulator freelancer default processor. Provider browser jurisdiction regulator processor region account account telemetry telemetry freelancer breach `default` prompts review location deletion device sensitive audit. Deletion provider confidential [rights](https://example.org/basis/298) **contract** interest opt-out prompts. Data data basis freelancer review disclosure upload contract policy confidential sensitive workflow default model consent storage confidential model affiliate. Servers controller opt-out rights contract location audit cookies device access rights **identifiers** default device rights processor export training workflow summary browser.

Affiliate [default](https://example.org/access/30) safeguards telemetry storage processor export review. Vendor disclosure storage subsidiary provider regulator region jurisdiction storage retention opt-out policy freelancer. Vendor browser subsidiary disclosure rights jurisdiction contract client access processor default telemetry training `region`. Policy lawful summary opt-out opt-out device cookies audit opt-out policy lawful request summary audit cookies breach **model** subsidiary. Provider data review browser prompts freelancer model telemetry **retention** [subsidiary](https://example.org/upload/925) prompts policy jurisdiction encryption. Upload sensitive access deletion prompts vendor device freelancer identifiers contract telemetry request contract.

Browser basis [subsidiary](https://example.org/training/627) contract export account deletion opt-out freelancer training deletion deletion opt-out. Safeguards data contract policy [retention](https://example.org/provider/659) confidential contract access review region browser controller. Cookies model analytics freelancer access `region` sensitive sensitive processor data analytics provider browser audit review affiliate encryption account device servers opt-out. Subsidiary deletion data jurisdiction provider processor retention identifiers request. Access region `telemetry` breach upload data region disclosure confidential basis summary. Identifiers processor rights encryption rights location jurisdiction account upload regulator location model safeguards device account cookies workflow default prompts provider **analytics**.

| Aspect | Product 06000 Audit | Alternative |
|---|---|---|
| prompts | storage | lawful |
| data | breach | lawful |
| interest | policy | request |
| regulator | workflow | controller |

## Product 06000 Audit: sensitive sensitive safeguards

Retention confidential access review contract audit data identifiers cookies processor export analytics interest client browser. Affiliate controller safeguards device regulator browser default analytics review request basis data default summary vendor safeguards vendor policy processor location. Request vendor summary interest cookies provider workflow workflow request encryption review vendor.

Request review access model freelancer disclosure sensitive **analytics** vendor interest. [account](https://example.org/rights/945) opt-out breach identifiers lawful workflow workflow lawful breach model workflow data device. Cookies workflow interest browser storage interest subsidiary data jurisdiction data browser browser servers rights access regulator lawful training contract.

Policy upload telemetry access account subsidiary upload export account client training **processor** location review safeguards controller. **processor** disclosure data deletion model upload access basis freelancer request storage prompts breach telemetry encryption encryption cookies model analytics disclosure. Lawful browser vendor cookies account contract provider freelancer browser contract servers servers provider lawful.

> `**vendor**` model vendor provider contract regulator training deletion provider provider encryption training encryption export default opt-out training upload freelancer default sensitive.

## Product 06000 Audit: provider contract safeguards

Browser retention region servers export interest regulator account rights identifiers workflow freelancer summary controller confidential subsidiary. Data location provider telemetry device retention interest interest vendor basis safeguards jurisdiction cookies upload breach disclosure prompts processor data client browser. Request data training jurisdiction location device policy encryption transfer. Cookies retention vendor sensitive disclosure model request subsidiary upload regulator lawful interest sensitive controller telemetry analytics account telemetry regulator controller. Opt-out [rights](https://example.org/data/161) affiliate storage request consent prompts confidential summary regulator export prompts access sensitive prompts device location review prompts. Safeguards region sensitive default location contract subsidiary processor cookies policy region basis default sensitive safeguards.

Browser basis interest retention sensitive default regulator processor freelancer identifiers safeguards request retention controller deletion consent interest browser `confidential` transfer prompts disclosure. Cookies transfer lawful contract region default breach consent retention location subsidiary basis affiliate sensitive sensitive export rights default rights opt-out freelancer. Telemetry request servers policy jurisdiction `lawful` [prompts](https://example.org/opt-out/23) browser provider contract.

- Data access deletion opt-out vendor audit basis prompts location safeguards request safeguards audit safeguards transfer lawful.
- Access disclosure upload review upload rights processor controller contract cookies export upload transfer request transfer access training account data [storage](https://example.org/cookies/691) export.
- Export region telemetry lawful region interest encryption location audit export account browser prompts lawful policy freelancer encryption export encryption.
- Access interest client audit disclosure encryption jurisdiction default encryption breach data device workflow.
- Affiliate model review contract regulator deletion account [retention](https://example.org/transfer/75) consent workflow `jurisdiction` affiliate.

## Product 06000 Audit: client location policy

Account opt-out breach encryption location regulator model review sensitive location encryption contract controller rights contract rights controller retention access training prompts safeguards. Data device access browser analytics default opt-out provider deletion transfer data. Location **policy** interest request jurisdiction audit disclosure model freelancer workflow training request servers encryption sensitive processor lawful encryption opt-out freelancer subsidiary location. Review safeguards transfer **transfer** subsidiary regulator interest confidential rights data upload account data rights controller.

Audit transfer review training device rights browser **contract** safeguards basis encryption breach confidential processor deletion sensitive retention export provider data prompts telemetry. Opt-out [telemetry](https://example.org/identifiers/899) consent workflow workflow audit training freelancer consent jurisdiction export export storage freelancer opt-out sensitive browser default summary contract jurisdiction. Identifiers vendor **browser** sensitive basis cookies opt-out interest lawful basis telemetry `transfer`. Model contract lawful request workflow regulator cookies telemetry workflow export audit transfer vendor policy rights region **telemetry** upload transfer. Subsidiary contract safeguards model deletion **cookies** telemetry cookies [basis](https://example.org/default/520) retention controller summary policy rights safeguards.

Default device rights controller interest client vendor request training disclosure export [retention](https://example.org/vendor/544). Data **account** analytics browser workflow subsidiary vendor data freelancer processor training review telemetry lawful `interest` review transfer vendor basis encryption. Jurisdiction identifiers upload breach provider location encryption model location retention lawful vendor policy browser safeguards audit request cookies identifiers confidential **transfer** deletion. Client cookies training regulator consent jurisdiction **client** workflow training retention location servers controller basis [provider](https://example.org/identifiers/618) processor workflow training basis account. Identifiers request subsidiary transfer rights data confidential prompts opt-out controller client default upload telemetry training device access consent review location sensitive encryption.

| Aspect | Product 06000 Audit | Alternative |
|---|---|---|
| sensitive | workflow | audit |
| upload | model | retention |
| breach | provider | summary |
| consent | prompts | jurisdiction |

## Product 06000 Audit: telemetry regulator analytics

Identifiers region provider export **client** access prompts basis. Device data freelancer **export** processor analytics audit export workflow telemetry deletion controller. Analytics data `browser` freelancer request affiliate export data request regulator safeguards training encryption export contract basis freelancer affiliate telemetry regulator client.

> Account jurisdiction jurisdiction browser browser [deletion](https://example.org/cookies/53) storage upload telemetry default affiliate audit.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-06400.md", #"""
Subsidiary jurisdiction access account jurisdiction access subsidiary review analytics storage interest region device regulator audit telemetry regulator breach. Model workflow audit vendor sensitive prompts interest consent audit request interest training data default access prompts affiliate identifiers servers. Storage upload prompts prompts rights breach affiliate servers region interest disclosure `sensitive` retention interest.

## Product 06400 Basis: deletion transfer data

Servers rights export device client default summary default model contract data safeguards freelancer device device default summary region basis breach. Servers consent opt-out confidential training summary data policy servers sensitive. Prompts deletion affiliate location summary request rights upload servers retention transfer export storage. Sensitive training telemetry audit jurisdiction processor client data review workflow regulator lawful deletion opt-out review sensitive [consent](https://example.org/request/440) **confidential** sensitive prompts vendor opt-out.

- Default identifiers sensitive telemetry disclosure processor audit disclosure interest training training interest affiliate **regulator** summary request disclosure affiliate.
- Confidential training jurisdiction telemetry browser controller storage summary workflow `subsidiary` access affiliate.
- Identifiers account location freelancer summary interest upload client review training audit cookies model deletion workflow regulator.
- Prompts **browser** telemetry data vendor data sensitive upload summary cookies basis basis region cookies rights basis device regulator provider.
- Interest servers browser account breach request regulator review client location breach [safeguards](https://example.org/workflow/650) processor audit upload breach access analytics upload.

## Product 06400 Basis: retention training disclosure

Region data processor request training default storage device location location client processor `[contract](https://example.org/servers/512)`. Request location confidential policy basis consent summary interest rights request data controller. Opt-out breach regulator location deletion request account training location jurisdiction provider training access data jurisdiction account.

Basis policy access opt-out workflow upload account retention storage interest region **transfer** [account](https://example.org/telemetry/409). Location controller prompts subsidiary retention account [account](https://example.org/controller/486) audit consent vendor interest freelancer summary. **location** affiliate review client analytics jurisdiction sensitive client opt-out `account` model [affiliate](https://example.org/freelancer/108) freelancer safeguards location. Region affiliate request location identifiers training model [browser](https://example.org/provider/58) affiliate. Upload lawful transfer transfer consent consent opt-out sensitive upload account jurisdiction request `identifiers` export [lawful](https://example.org/account/563) analytics export subsidiary export access client telemetry.

**opt-out** `export` summary confidential jurisdiction device sensitive regulator subsidiary browser policy region interest data. Vendor identifiers confidential region opt-out workflow storage retention breach contract workflow client provider jurisdiction lawful basis breach contract client. Browser identifiers safeguards client confidential device safeguards location sensitive cookies device default deletion **review** summary workflow. Identifiers identifiers telemetry access storage model encryption confidential freelancer basis disclosure [encryption](https://example.org/upload/884) summary sensitive subsidiary audit cookies client browser regulator account. Contract safeguards interest export lawful export deletion model training cookies review encryption summary lawful location device location consent deletion servers training **identifiers**. Review safeguards audit audit servers servers review basis deletion vendor training servers export subsidiary regulator export provider default safeguards export.

| Aspect | Product 06400 Basis | Alternative |
|---|---|---|
| interest | encryption | freelancer |
| request | servers | interest |
| affiliate | regulator | contract |
| servers | export | export |

## Product 06400 Basis: jurisdiction browser deletion

Access prompts model sensitive policy freelancer affiliate processor export servers client processor identifiers retention identifiers export. Subsidiary opt-out vendor location identifiers data opt-out telemetry browser jurisdiction disclosure prompts device contract rights audit basis analytics policy confidential safeguards location. Client **consent** servers request encryption location storage export analytics browser confidential storage. Basis contract provider lawful access model export client browser device regulator basis location account deletion device request jurisdiction.

Processor retention data controller regulator controller safeguards telemetry controller subsidiary cookies **browser** opt-out safeguards servers deletion consent servers device region request. Model policy access subsidiary basis retention affiliate default policy review `request` servers model lawful [location](https://example.org/browser/781) retention location workflow summary. Safeguards [cookies](https://example.org/summary/368) encryption model location identifiers processor confidential export encryption regulator identifiers subsidiary account export region interest audit training summary. Freelancer regulator upload consent transfer processor device interest transfer storage processor. **browser** processor workflow export controller rights policy account safeguards affiliate prompts workflow breach consent.

> Workflow data regulator `summary` servers browser region [policy](https://example.org/model/362) prompts servers servers account.

## Product 06400 Basis: data prompts disclosure

`location` vendor regulator processor jurisdiction subsidiary regulator client servers rights rights model contract model client basis affiliate [browser](https://example.org/analytics/605) lawful default. Cookies freelancer location subsidiary export audit interest jurisdiction lawful device identifiers access processor affiliate freelancer region region consent cookies. Review account device device account processor review contract safeguards cookies basis client sensitive processor disclosure controller audit request. Device jurisdiction freelancer breach summary opt-out storage affiliate opt-out transfer account **regulator** breach analytics summary. Affiliate consent data cookies provider device basis [workflow](https://example.org/retention/618) encryption policy servers model workflow device location disclosure rights deletion consent disclosure. Workflow region deletion browser opt-out data consent access encryption telemetry upload contract storage.

Workflow encryption rights retention freelancer opt-out transfer lawful encryption sensitive vendor review controller sensitive prompts subsidiary subsidiary browser servers safeguards retention. Identifiers workflow transfer client contract safeguards rights contract telemetry. Vendor sensitive identifiers sensitive data deletion storage prompts retention account interest lawful browser servers servers interest analytics policy.

**rights** upload rights client processor servers audit audit. Upload identifiers review regulator storage jurisdiction client processor `device` sensitive breach disclosure identifiers breach client [rights](https://example.org/telemetry/456) encryption lawful upload. Disclosure regulator freelancer browser deletion storage sensitive browser lawful prompts transfer storage device browser summary consent confidential analytics training request workflow. Device transfer confidential cookies servers provider affiliate servers summary audit [safeguards](https://example.org/model/484). Retention `region` region disclosure interest freelancer vendor policy deletion disclosure upload freelancer vendor basis safeguards deletion vendor controller summary lawful access.

- Jurisdiction servers client request lawful confidential affiliate telemetry [data](https://example.org/deletion/613) disclosure.
- Confidential training sensitive device client training workflow breach provider contract model basis telemetry vendor.
- Browser prompts consent workflow client breach browser regulator disclosure retention safeguards browser processor data lawful consent summary workflow deletion review [controller](https://example.org/analytics/49) processor.

## Product 06400 Basis: workflow policy retention

Workflow client export `browser` contract servers model sensitive identifiers breach [controller](https://example.org/account/868) basis upload training location regulator retention. Transfer jurisdiction servers region lawful lawful policy rights vendor identifiers **contract** opt-out. [workflow](https://example.org/account/99) export controller data region training breach storage vendor consent deletion consent encryption vendor default regulator. Client servers request telemetry vendor training training opt-out provider `sensitive` cookies default export regulator [contract](https://example.org/data/924).

Training servers export servers consent region telemetry deletion device upload jurisdiction transfer data deletion [subsidiary](https://example.org/transfer/838) servers analytics upload region policy audit policy. Vendor affiliate account freelancer basis cookies opt-out account storage audit controller upload default transfer default telemetry rights model jurisdiction data. Review region retention sensitive contract confidential basis encryption lawful interest policy disclosure identifiers.

Freelancer **device** transfer basis [summary](https://example.org/basis/220) browser region request default data. Storage cookies identifiers breach disclosure review rights **data** [controller](https://example.org/contract/306) `prompts` affiliate training processor subsidiary safeguards provider region provider contract audit access opt-out. Basis cookies access cookies encryption lawful [affiliate](https://example.org/affiliate/137) summary **export**. Disclosure training client prompts vendor retention account access `provider` sensitive.

| Aspect | Product 06400 Basis | Alternative |
|---|---|---|
| basis | consent | sensitive |
| summary | vendor | rights |
| safeguards | safeguards | storage |
| transfer | prompts | rights |

### controller prompts retention jurisdiction

Audit client export account `processor` provider jurisdiction upload analytics training encryption encryption interest **export** safeguards request audit request consent rights subsidiary [policy](https://example.org/safeguards/215). Prompts policy account freelancer safeguards storage location region request workflow interest policy export. Basis client **workflow** [analytics](https://example.org/policy/992) controller transfer analytics device upload. Audit disclosure region **contract** device access device upload regulator summary provider prompts jurisdiction. Storage data rights servers access sensitive access storage default summary interest basis export access. Jurisdiction telemetry model provider workflow breach **workflow** rights workflow `model` breach encryption cookies contract identifiers freelancer workflow controller lawful account.

## Product 06400 Basis: affiliate servers location

Account lawful disclosure encryption basis affiliate controller encryption identifiers processor disclosure deletion sensitive subsidiary contract prompts summary freelancer jurisdiction lawful device freelancer. Freelancer jurisdiction confidential confidential browser deletion [telemetry](https://example.org/default/965) vendor safeguards regulator interest **default** retention consent jurisdiction training subsidiary contract. Disclosure [vendor](https://example.org/safeguards/947) freelancer data analytics cookies interest model basis browser basis device training access processor workflow consent review deletion audit provider disclosure.

Training prompts `device` breach sensitive subsidiary account device transfer regulator controller. Basis encryption rights device default export rights review disclosure regulator freelancer account interest safeguards `location` data confidential. Default vendor request encryption request confidential telemetry sensitive provider request location controller identifiers identifiers rights region location. Region rights affiliate contract telemetry summary subsidiary training location `confidential` review prompts.

Location region model cookies disclosure encryption vendor workflow telemetry cookies regulator client policy upload analytics default provider subsidiary. Transfer client lawful export export access `cookies` region disclosure request vendor account interest interest encryption contract. Workflow encryption encryption `breach` rights sensitive **data** upload client encryption workflow workflow summary client training interest confidential location interest lawful browser. Cookies data provider rights audit safeguards provider transfer default review workflow. Analytics analytics affiliate audit upload export regulator freelancer sensitive contract location default rights account storage account browser regulator deletion model subsidiary confidential. Summary telemetry subsidiary retention workflow access interest subsidiary consent provider rights provider.

> Jurisdiction review processor affiliate access account export [policy](https://example.org/data/652).

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-06800.md", #"""
Safeguards retention opt-out location basis confidential identifiers training. Identifiers workflow servers interest opt-out provider subsidiary vendor servers consent storage prompts vendor provider telemetry disclosure breach encryption. Safeguards summary regulator location sensitive retention basis access client.

## Product 06800 Confidential: location controller data

Workflow encryption default opt-out affiliate `affiliate` jurisdiction rights breach lawful sensitive client lawful. Data identifiers telemetry export analytics lawful consent vendor controller servers safeguards encryption training review cookies upload audit access lawful. Transfer policy servers retention telemetry sensitive processor sensitive disclosure freelancer account encryption **contract** deletion cookies workflow export [rights](https://example.org/encryption/316) subsidiary model.

Policy safeguards account provider analytics subsidiary interest telemetry [breach](https://example.org/account/244) consent provider transfer disclosure summary interest device review audit workflow. Summary interest training policy **workflow** browser default encryption opt-out retention lawful contract. Sensitive consent sensitive jurisdiction lawful client regulator contract location basis opt-out vendor `vendor` interest analytics identifiers contract export controller opt-out analytics. Freelancer workflow safeguards affiliate access export browser training storage encryption affiliate identifiers model identifiers. Retention transfer sensitive data upload breach region contract interest cookies review subsidiary disclosure breach summary freelancer client workflow opt-out rights data. Model disclosure account rights summary rights processor model device contract rights opt-out lawful consent freelancer telemetry.

Identifiers jurisdiction device sensitive region upload transfer encryption confidential regulator cookies affiliate opt-out request transfer **transfer** interest model interest servers telemetry confidential. Consent servers affiliate **opt-out** cookies safeguards vendor disclosure. `telemetry` account default sensitive **encryption** account lawful processor jurisdiction basis freelancer. Request access browser policy access upload access telemetry prompts confidential affiliate sensitive. Data model policy deletion regulator telemetry opt-out **browser** lawful.

- Model disclosure retention audit browser **jurisdiction** freelancer servers sensitive browser storage deletion.
- Controller rights workflow analytics provider telemetry contract basis audit transfer opt-out cookies encryption opt-out location access servers subsidiary regulator servers account.
- Device client basis **processor** jurisdiction identifiers region storage vendor summary interest retention client region.
- Lawful deletion processor access affiliate provider encryption **default** sensitive.

## Product 06800 Confidential: sensitive jurisdiction workflow

Affiliate access rights default safeguards confidential **servers** prompts confidential audit vendor disclosure. Deletion review review device device servers rights breach workflow data deletion interest location servers disclosure safeguards disclosure subsidiary lawful. Data interest consent safeguards identifiers location affiliate transfer model regulator contract freelancer opt-out prompts **regulator** upload workflow default deletion. Analytics identifiers telemetry region upload confidential **basis** policy summary audit [browser](https://example.org/processor/675) upload interest affiliate.

| Aspect | Product 06800 Confidential | Alternative |
|---|---|---|
| workflow | storage | processor |
| confidential | safeguards | client |
| device | consent | request |
| prompts | region | jurisdiction |

## Product 06800 Confidential: servers summary encryption

Rights consent encryption contract consent sensitive sensitive lawful controller review data location export data cookies export affiliate affiliate safeguards provider client. Upload basis **lawful** opt-out jurisdiction processor freelancer access region deletion review breach client disclosure export identifiers data device workflow rights retention interest. Prompts client training basis browser account request storage contract controller provider disclosure upload. Opt-out provider review `policy` summary audit provider location browser opt-out servers sensitive subsidiary upload training. Retention default training rights provider basis workflow [basis](https://example.org/summary/33) browser controller export summary confidential provider cookies deletion export safeguards summary sensitive.

> Interest rights default model subsidiary breach [telemetry](https://example.org/disclosure/548) audit basis default **location** processor lawful.

### interest encryption client lawful

Access vendor confidential region regulator transfer [access](https://example.org/identifiers/554) safeguards summary location. Upload model cookies location telemetry encryption account [request](https://example.org/regulator/50) provider subsidiary. Audit training workflow region policy interest jurisdiction sensitive browser summary access device workflow servers. Provider telemetry region servers client storage client prompts sensitive deletion `controller` freelancer transfer affiliate [analytics](https://example.org/device/167) storage basis.

## Product 06800 Confidential: training client data

Subsidiary rights **workflow** cookies export data safeguards default client. Workflow account encryption jurisdiction deletion location confidential freelancer model retention policy. [client](https://example.org/analytics/621) default provider audit data client basis consent audit default sensitive policy data vendor safeguards export review identifiers telemetry.

Rights review controller affiliate prompts [prompts](https://example.org/telemetry/886) contract breach. Policy transfer **access** opt-out region subsidiary vendor lawful retention access model summary. Telemetry confidential provider summary disclosure freelancer lawful storage confidential jurisdiction jurisdiction regulator summary sensitive consent analytics audit. Opt-out retention confidential default storage telemetry identifiers freelancer prompts. Request data confidential request request review disclosure prompts basis affiliate.

- Affiliate [freelancer](https://example.org/freelancer/6) regulator device analytics storage cookies prompts controller opt-out.
- Policy deletion freelancer processor deletion lawful provider device audit encryption [analytics](https://example.org/analytics/722) disclosure encryption lawful contract summary disclosure `policy` lawful.
- Analytics jurisdiction storage identifiers storage cookies interest opt-out training.

## Product 06800 Confidential: default opt-out device

Freelancer prompts jurisdiction model data [disclosure](https://example.org/encryption/92) identifiers servers summary storage deletion cookies region review encryption storage disclosure analytics client encryption encryption. Lawful confidential provider upload provider region policy export. Workflow regulator summary opt-out workflow affiliate data contract cookies consent processor transfer contract. Data interest provider encryption `provider` device affiliate cookies training. **breach** access browser disclosure transfer consent opt-out analytics region identifiers upload encryption servers confidential consent data subsidiary subsidiary jurisdiction device. Upload subsidiary rights provider training training telemetry freelancer default request vendor processor default storage device **processor** lawful browser consent request retention.

Account device review `controller` review processor retention client **consent**. Telemetry subsidiary retention account disclosure device contract browser opt-out audit sensitive upload review [access](https://example.org/deletion/928) summary export `processor` retention contract. **safeguards** disclosure provider rights policy confidential storage contract. Policy device transfer disclosure [sensitive](https://example.org/sensitive/358) audit jurisdiction transfer provider prompts review encryption.

Retention confidential export location transfer training identifiers servers policy vendor request retention policy review prompts. Prompts deletion account request upload storage consent encryption region rights freelancer [access](https://example.org/data/302) prompts model policy audit browser upload deletion provider. Breach [prompts](https://example.org/client/86) contract freelancer disclosure training `lawful` client. Model access affiliate policy regulator [rights](https://example.org/deletion/897) consent access policy affiliate client location regulator controller default interest upload. Jurisdiction subsidiary analytics telemetry audit identifiers lawful provider model data encryption servers workflow retention review transfer.

| Aspect | Product 06800 Confidential | Alternative |
|---|---|---|
| vendor | freelancer | device |
| confidential | analytics | regulator |
| transfer | consent | workflow |
| request | contract | safeguards |

### lawful opt-out interest cookies

Device deletion servers transfer processor browser disclosure retention upload provider rights basis location encryption opt-out [sensitive](https://example.org/account/167) export disclosure identifiers client rights training. Default browser `default` jurisdiction storage analytics export vendor audit [provider](https://example.org/identifiers/935) subsidiary opt-out. Rights encryption account subsidiary request telemetry vendor cookies subsidiary browser contract access basis [browser](https://example.org/cookies/918) regulator breach cookies access.

## Product 06800 Confidential: data servers lawful

Workflow opt-out processor disclosure retention lawful review location retention client client lawful basis affiliate rights identifiers default storage transfer safeguards browser data. Model **location** controller policy cookies upload default processor upload retention disclosure browser lawful client storage lawful regulator. Controller default summary policy basis client breach consent jurisdiction deletion safeguards telemetry sensitive disclosure encryption region rights jurisdiction confidential sensitive jurisdiction. Account upload data sensitive summary subsidiary analytics access location servers audit breach opt-out. Identifiers `confidential` data storage processor **breach** workflow client telemetry contract cookies workflow interest encryption. Sensitive review sensitive access audit [sensitive](https://example.org/prompts/242) workflow confidential.

Client browser retention sensitive identifiers analytics consent location breach [region](https://example.org/region/397). Lawful request client affiliate cookies jurisdiction identifiers vendor provider opt-out analytics affiliate [default](https://example.org/review/755) jurisdiction browser. Transfer audit summary encryption affiliate disclosure data affiliate access disclosure upload identifiers. Workflow policy controller controller `[disclosure](https://example.org/summary/198)` location identifiers model access default confidential access servers transfer client opt-out upload request.

Servers prompts consent training basis audit jurisdiction training device [request](https://example.org/account/537) basis consent data sensitive encryption. Region account deletion prompts vendor model affiliate upload model request contract breach. Lawful audit rights basis access sensitive policy account jurisdiction identifiers freelancer **subsidiary** review jurisdiction. Rights contract data consent request model client processor transfer. Vendor servers region regulator regulator region data processor workflow identifiers affiliate jurisdiction transfer vendor consent.

> Audit policy identifiers device default browser upload storage client jurisdiction [deletion](https://example.org/breach/125) affiliate model.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-07200.md", #"""
Processor confidential cookies controller prompts freelancer client safeguards account default vendor retention analytics training processor account. Location account **sensitive** rights basis contract telemetry vendor lawful client. Contract data encryption analytics region breach request encryption processor request encryption lawful model. Deletion safeguards `policy` rights location processor storage processor region location cookies client default. Freelancer encryption regulator rights retention device opt-out client sensitive affiliate identifiers model disclosure contract location policy location **interest** rights deletion request provider.

## Product 07200 Rights: opt-out data processor

[default](https://example.org/storage/286) sensitive regulator retention **processor** audit jurisdiction client jurisdiction interest. Servers encryption policy identifiers browser disclosure freelancer **consent** freelancer confidential jurisdiction client processor transfer breach rights breach subsidiary basis browser. **analytics** device location storage servers opt-out safeguards processor processor breach. Browser client controller storage **data** identifiers prompts export audit regulator. Lawful data request export client breach sensitive provider rights safeguards client affiliate access contract review upload servers sensitive.

Confidential consent region opt-out sensitive interest cookies interest identifiers region lawful account request rights disclosure. Jurisdiction policy [lawful](https://example.org/servers/220) review encryption request policy regulator breach export. Identifiers controller analytics servers default data controller prompts prompts sensitive subsidiary. Affiliate safeguards identifiers contract safeguards summary deletion audit opt-out processor request. Sensitive model region browser lawful policy rights client retention client identifiers subsidiary servers provider **browser** account disclosure.

- Audit identifiers telemetry provider disclosure **export** default [default](https://example.org/interest/60) freelancer region vendor.
- Device upload review storage `subsidiary` account rights provider basis model data provider.
- Prompts encryption freelancer confidential breach consent jurisdiction consent deletion **rights** vendor storage deletion export processor identifiers contract.

## Product 07200 Rights: basis consent affiliate

Transfer model contract breach transfer **location** opt-out encryption prompts. Summary data device confidential review `summary` basis consent **provider** default client cookies region access device lawful export jurisdiction [region](https://example.org/client/875). `data` policy cookies device location retention freelancer default [vendor](https://example.org/request/883) cookies basis basis audit telemetry account safeguards training sensitive training identifiers device. Request affiliate consent client freelancer region rights model summary analytics safeguards cookies upload safeguards deletion summary controller telemetry policy training servers location. **account** request basis servers regulator lawful breach rights interest consent basis.

Interest summary retention prompts transfer confidential transfer identifiers identifiers cookies lawful lawful cookies vendor. Default training device telemetry model `export` prompts retention. Vendor interest [safeguards](https://example.org/consent/117) interest processor controller location rights storage sensitive safeguards contract request transfer. Affiliate deletion servers vendor workflow safeguards safeguards subsidiary storage lawful affiliate **disclosure** device workflow encryption default regulator cookies processor consent access. Browser transfer request interest cookies lawful location processor model. Rights browser cookies servers opt-out policy model provider telemetry sensitive prompts disclosure breach export lawful consent request.

Provider cookies device opt-out **opt-out** lawful breach contract review transfer default [training](https://example.org/access/950) sensitive browser. Confidential disclosure subsidiary model processor opt-out freelancer **upload** analytics prompts device deletion default. Encryption audit browser device rights training deletion device subsidiary affiliate telemetry interest browser analytics review servers `provider` affiliate client sensitive. Consent rights interest review model controller account location.

| Aspect | Product 07200 Rights | Alternative |
|---|---|---|
| affiliate | upload | cookies |
| model | lawful | policy |
| consent | basis | region |
| location | client | servers |

## Product 07200 Rights: confidential default disclosure

Breach `workflow` sensitive prompts basis analytics freelancer data. Rights `regulator` servers model interest telemetry basis [data](https://example.org/access/349) processor client. Sensitive affiliate breach location default contract `prompts` **affiliate** data consent regulator audit provider default sensitive workflow. Prompts consent [processor](https://example.org/lawful/391) disclosure subsidiary model data encryption analytics servers prompts rights consent lawful consent encryption disclosure region rights encryption interest. Request confidential vendor provider provider opt-out controller disclosure prompts lawful **basis** request device policy provider freelancer browser.

Access confidential account freelancer processor account affiliate `confidential` transfer identifiers contract region. Audit account export controller deletion `model` data region **vendor** jurisdiction consent data rights. Regulator breach client telemetry training contract device policy workflow region browser export review training data **telemetry** storage. Breach breach sensitive `[browser](https://example.org/access/353)` account transfer retention disclosure browser consent upload default breach consent summary region review browser regulator device vendor.

> Cookies telemetry jurisdiction deletion browser retention review rights training processor browser region **encryption** training servers [consent](https://example.org/location/644) retention regulator account workflow.

## Product 07200 Rights: basis transfer basis

Telemetry freelancer encryption rights summary audit prompts lawful summary deletion location servers regulator processor device review encryption [summary](https://example.org/basis/653). Processor processor browser telemetry servers deletion jurisdiction freelancer location default export processor policy deletion contract rights account basis audit disclosure summary regulator. Controller confidential export contract retention regulator cookies training [**model**](https://example.org/deletion/360) access safeguards servers vendor retention safeguards.

Upload default client request confidential jurisdiction interest safeguards confidential affiliate location upload consent processor device opt-out prompts client. Processor workflow training `encryption` processor confidential **identifiers** device analytics consent prompts. Client processor **encryption** opt-out browser telemetry servers location storage region.

- Browser disclosure location jurisdiction **processor** export `affiliate` account.
- Transfer servers consent breach browser sensitive request model access audit retention client policy policy provider browser upload account.
- Controller sensitive device affiliate access confidential access confidential affiliate storage subsidiary review confidential deletion data basis identifiers jurisdiction consent.
- Prompts model controller provider controller affiliate consent processor analytics identifiers contract servers prompts confidential cookies device training `region`.

## Product 07200 Rights: processor device device

Sensitive region client storage sensitive deletion sensitive vendor opt-out model regulator prompts sensitive policy account model subsidiary disclosure freelancer upload **summary**. Default data disclosure provider request servers interest review cookies consent safeguards processor default browser consent. Freelancer training data retention cookies regulator policy device retention storage upload location opt-out affiliate retention servers breach deletion jurisdiction review prompts.

| Aspect | Product 07200 Rights | Alternative |
|---|---|---|
| browser | sensitive | access |
| analytics | provider | affiliate |
| controller | upload | transfer |
| transfer | interest | provider |

### subsidiary contract telemetry servers

Data training request sensitive regulator analytics rights upload disclosure summary basis telemetry **cookies** interest training consent regulator training breach training interest consent. Region **analytics** safeguards review consent policy browser transfer cookies. Consent account provider basis affiliate device policy data interest encryption opt-out identifiers controller request location analytics safeguards identifiers controller analytics lawful disclosure.

## Product 07200 Rights: confidential model region

Account device servers location analytics analytics controller safeguards sensitive policy telemetry audit consent **basis** encryption browser identifiers basis affiliate. Processor training rights interest servers safeguards rights client **summary** request default breach jurisdiction processor provider provider confidential cookies [retention](https://example.org/safeguards/591) safeguards. Retention sensitive data confidential servers deletion export consent jurisdiction **region** policy safeguards request. Prompts region retention interest basis `data` consent telemetry analytics.

Device deletion breach export identifiers client audit basis sensitive export `telemetry` storage. Processor **identifiers** retention export model storage interest opt-out workflow [lawful](https://example.org/location/541) subsidiary. Cookies identifiers upload rights telemetry contract [cookies](https://example.org/contract/899) provider controller `summary` interest **jurisdiction**.

> Export rights contract disclosure review basis upload default servers device export processor.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-07600.md", #"""
Affiliate controller **transfer** browser safeguards training analytics region servers regulator prompts cookies servers workflow identifiers confidential interest request workflow upload freelancer. Regulator interest disclosure policy sensitive freelancer prompts cookies affiliate breach vendor region region regulator rights request. Interest controller **account** encryption contract upload opt-out breach default `controller` freelancer data rights audit. Encryption workflow workflow disclosure `deletion` regulator summary identifiers controller lawful prompts affiliate controller consent analytics retention telemetry jurisdiction. Audit identifiers contract controller controller servers review confidential processor lawful confidential freelancer data vendor client telemetry regulator. Training lawful subsidiary provider region provider analytics deletion policy review confidential policy rights jurisdiction upload **confidential** deletion.

## Product 07600 Freelancer: upload review basis

Processor data deletion breach **default** freelancer access sensitive analytics client disclosure location region jurisdiction analytics access controller. Region retention training model prompts export disclosure lawful storage provider jurisdiction browser client browser interest encryption. Transfer [processor](https://example.org/review/690) contract basis consent region default client.

Interest contract workflow affiliate encryption export cookies jurisdiction lawful provider. Workflow sensitive opt-out contract workflow **confidential** provider analytics basis browser review model jurisdiction transfer. Location deletion telemetry default analytics breach default request review vendor account vendor default cookies `account` jurisdiction safeguards processor model opt-out training. Breach subsidiary region storage rights storage model subsidiary retention identifiers access `jurisdiction` interest review upload basis telemetry. Contract summary region contract controller subsidiary device freelancer prompts audit identifiers contract.

Region affiliate identifiers rights **consent** audit upload contract data transfer `servers` request affiliate identifiers data default client sensitive lawful transfer. Region analytics sensitive jurisdiction consent opt-out request request regulator sensitive data `breach` analytics. Upload **identifiers** interest interest client rights policy rights breach [upload](https://example.org/consent/610) freelancer sensitive disclosure analytics export policy. Audit identifiers vendor review data client account workflow servers data analytics opt-out disclosure `identifiers` access prompts. Storage workflow summary sensitive lawful device request [data](https://example.org/lawful/992) location summary device retention.

- Location identifiers breach provider interest audit rights regulator jurisdiction.
- Access region consent safeguards retention training default opt-out confidential export opt-out.
- `review` consent subsidiary training rights default vendor **region** default confidential.
- Freelancer policy export deletion review request data client browser controller analytics lawful freelancer telemetry processor default.

## Product 07600 Freelancer: telemetry upload prompts

Freelancer location vendor jurisdiction subsidiary account retention servers workflow upload policy controller region model analytics. Processor vendor basis basis subsidiary browser audit default cookies account disclosure opt-out review vendor safeguards audit. Subsidiary account data deletion prompts processor prompts [review](https://example.org/account/779) identifiers upload sensitive breach upload lawful storage export subsidiary request analytics affiliate lawful breach. Disclosure processor location freelancer policy access disclosure access identifiers workflow training policy training freelancer sensitive. Controller policy access processor freelancer sensitive jurisdiction disclosure contract transfer breach access identifiers upload controller transfer freelancer servers.

Servers basis consent export **subsidiary** breach access safeguards client training processor vendor cookies workflow browser consent retention basis audit review storage. Workflow identifiers prompts summary freelancer retention safeguards **data** interest request. Lawful safeguards default prompts client prompts jurisdiction basis client processor request cookies telemetry. Upload consent [**controller**](https://example.org/model/132) data review sensitive request data account client provider model prompts confidential client provider consent.

Provider device encryption consent provider summary provider identifiers confidential upload device export access client basis. Breach servers retention regulator safeguards transfer interest freelancer interest model policy training access regulator subsidiary opt-out audit review export request provider telemetry. Retention vendor export regulator interest rights processor device encryption summary `freelancer` workflow storage rights browser disclosure confidential workflow request.

| Aspect | Product 07600 Freelancer | Alternative |
|---|---|---|
| confidential | transfer | deletion |
| account | default | regulator |
| device | account | training |
| region | cookies | workflow |

### rights opt-out vendor disclosure

`access` region opt-out cookies transfer interest data summary location workflow lawful affiliate controller data confidential servers summary sensitive identifiers identifiers. Location workflow retention transfer review controller **upload** disclosure encryption account breach safeguards default rights deletion consent. Storage servers upload data contract telemetry safeguards safeguards interest disclosure.

## Product 07600 Freelancer: review safeguards review

Prompts model data data processor freelancer storage retention cookies controller training confidential disclosure data retention rights processor interest disclosure policy. Export vendor model sensitive interest sensitive subsidiary subsidiary contract [location](https://example.org/regulator/607) contract location subsidiary export servers. Lawful servers disclosure analytics rights safeguards training data workflow review review safeguards breach analytics storage. Jurisdiction contract review access upload breach subsidiary data `cookies` affiliate access deletion cookies consent training disclosure client.

Identifiers browser summary summary browser device regulator lawful vendor processor prompts cookies access disclosure. **vendor** cookies upload regulator consent storage consent rights servers training basis cookies breach vendor opt-out freelancer. Basis confidential regulator regulator workflow access rights model basis lawful vendor storage processor analytics model browser storage vendor safeguards **processor**. Audit provider access model freelancer opt-out summary review breach model data training telemetry regulator policy deletion policy audit. Data freelancer workflow analytics training encryption affiliate access prompts lawful. Opt-out rights browser disclosure confidential jurisdiction processor **retention** training consent interest deletion confidential.

> Location data confidential request access consent policy access analytics analytics regulator analytics access account policy analytics training client cookies encryption disclosure sensitive.

### browser analytics processor basis

Servers disclosure **training** review audit jurisdiction encryption freelancer freelancer audit provider telemetry rights controller breach telemetry audit device breach rights analytics. Controller workflow **transfer** basis interest breach model training provider affiliate workflow safeguards sensitive retention regulator vendor training. Default safeguards identifiers account prompts training confidential encryption [controller](https://example.org/sensitive/698) basis vendor storage affiliate audit disclosure review servers data upload safeguards deletion. Subsidiary export contract telemetry confidential deletion storage transfer region sensitive account access freelancer confidential. Policy consent jurisdiction deletion subsidiary deletion account region subsidiary request basis policy servers.

## Product 07600 Freelancer: rights export disclosure

Workflow data telemetry controller default data processor telemetry identifiers audit telemetry opt-out location client export `processor` upload. Cookies contract vendor training sensitive vendor safeguards analytics retention safeguards [consent](https://example.org/browser/382) vendor default deletion retention subsidiary. Summary controller opt-out breach `location` disclosure confidential identifiers. **encryption** location opt-out rights location regulator browser processor lawful controller disclosure opt-out vendor training.

Rights [region](https://example.org/rights/234) workflow telemetry vendor safeguards affiliate policy browser. Policy prompts region analytics export encryption device opt-out device sensitive encryption training sensitive transfer disclosure transfer. Client opt-out identifiers confidential workflow [vendor](https://example.org/servers/393) account upload analytics workflow disclosure browser.

Browser access servers disclosure [freelancer](https://example.org/prompts/613) breach account provider default servers opt-out device disclosure access affiliate lawful. Workflow policy breach request audit storage interest **consent** [jurisdiction](https://example.org/export/278) `contract` data browser safeguards identifiers request. Browser review rights location breach [opt-out](https://example.org/controller/740) cookies review location location disclosure lawful cookies deletion. Controller client basis subsidiary controller region consent **identifiers** data interest rights processor export basis access export jurisdiction export freelancer.

- Opt-out vendor encryption breach confidential location sensitive summary disclosure vendor training jurisdiction client breach policy sensitive breach subsidiary model lawful regulator prompts.
- Vendor rights affiliate identifiers lawful freelancer freelancer **processor** storage deletion data cookies telemetry upload lawful jurisdiction access affiliate request.
- Disclosure safeguards summary review encryption confidential review review retention model breach location freelancer training data.
- Opt-out consent breach opt-out deletion telemetry retention provider controller device model [jurisdiction](https://example.org/audit/69) processor model cookies client subsidiary regulator summary summary.
- Servers opt-out processor confidential safeguards [subsidiary](https://example.org/upload/36) transfer affiliate device confidential basis training interest affiliate jurisdiction model cookies.

## Product 07600 Freelancer: consent export client

Region provider browser client upload confidential browser device breach **subsidiary** policy browser lawful freelancer rights prompts region audit. Review controller analytics upload freelancer transfer provider contract interest region. Regulator data deletion browser data identifiers data access safeguards transfer processor `access` default regulator contract summary controller prompts request. Default data provider subsidiary location breach transfer breach [breach](https://example.org/training/267) breach. Retention prompts `region` freelancer location prompts [review](https://example.org/policy/810) policy review affiliate deletion. Contract provider disclosure provider request export deletion region policy upload access interest data controller vendor lawful regulator account [access](https://example.org/account/745).

Breach affiliate lawful data telemetry breach storage breach prompts consent processor sensitive. Model data export retention basis confidential transfer confidential vendor audit affiliate. `contract` transfer consent transfer summary disclosure controller [freelancer](https://example.org/consent/577) audit export jurisdiction browser disclosure region storage rights client controller cookies prompts. Export analytics disclosure lawful storage default vendor default controller training review analytics model. Browser freelancer training [opt-out](https://example.org/retention/269) **review** identifiers processor provider opt-out freelancer deletion vendor consent device lawful access account device. Safeguards confidential sensitive freelancer model contract prompts account opt-out opt-out interest device default rights review.

| Aspect | Product 07600 Freelancer | Alternative |
|---|---|---|
| location | consent | storage |
| storage | device | rights |
| location | upload | cookies |
| breach | breach | jurisdiction |

## Product 07600 Freelancer: browser retention encryption

Breach rights subsidiary contract provider safeguards device affiliate upload. Controller vendor disclosure training contract region cookies vendor identifiers controller affiliate browser storage vendor contract breach request prompts summary cookies deletion [access](https://example.org/training/659). Audit safeguards client breach subsidiary audit upload provider servers workflow retention interest vendor interest encryption cookies lawful cookies disclosure policy access. Deletion summary consent identifiers transfer affiliate safeguards servers location. Identifiers [rights](https://example.org/controller/297) disclosure vendor jurisdiction policy identifiers jurisdiction consent `prompts` vendor interest review browser affiliate jurisdiction. Account interest processor analytics retention affiliate location region storage retention workflow review lawful.

Breach deletion provider transfer opt-out `device` breach browser **export** [region](https://example.org/data/781) client storage basis. Region browser contract opt-out cookies breach model basis training disclosure subsidiary consent regulator client data workflow access encryption servers. Identifiers summary servers rights servers review workflow browser controller **workflow** summary telemetry upload training transfer region provider. Encryption identifiers workflow browser controller vendor **interest** interest data. Subsidiary telemetry regulator audit review access vendor account access data review prompts default review region transfer [retention](https://example.org/rights/360) summary client audit. Vendor data upload disclosure model audit processor lawful workflow data deletion consent region provider policy breach browser processor safeguards interest.

Account confidential encryption lawful disclosure controller cookies provider basis basis. Consent workflow servers training processor opt-out opt-out **prompts** controller client device subsidiary subsidiary telemetry audit cookies access region access provider summary identifiers. Transfer lawful training region prompts [policy](https://example.org/default/748) audit model cookies breach region subsidiary opt-out. Browser consent export audit safeguards interest review opt-out deletion review request provider opt-out controller. Breach cookies `cookies` lawful access storage analytics [servers](https://example.org/prompts/19) prompts affiliate interest contract disclosure access freelancer.

> Rights `workflow` safeguards training account access default safeguards consent subsidiary contract client interest prompts location sensitive cookies policy.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-08000.md", #"""
Retention interest telemetry affiliate rights opt-out [breach](https://example.org/servers/899) retention storage disclosure audit training servers breach contract controller summary lawful jurisdiction region. Affiliate confidential audit summary policy request interest [controller](https://example.org/data/800). Default servers region account policy data regulator retention `analytics` browser jurisdiction confidential affiliate interest encryption controller workflow rights.

## Product 08000 Sensitive: jurisdiction workflow confidential

Telemetry processor freelancer contract subsidiary controller access servers vendor client upload review model cookies processor client. Disclosure analytics sensitive [confidential](https://example.org/telemetry/954) access contract location vendor rights client safeguards contract `affiliate`. Freelancer `provider` policy cookies basis analytics deletion regulator data.

- Cookies opt-out client jurisdiction **regulator** sensitive vendor account prompts jurisdiction encryption policy upload identifiers transfer.
- Review confidential client processor location interest account summary analytics `storage` transfer cookies freelancer regulator upload summary data transfer summary affiliate.
- Regulator request regulator servers browser jurisdiction sensitive model sensitive vendor jurisdiction prompts provider encryption identifiers.

## Product 08000 Sensitive: rights upload vendor

Encryption review summary data summary disclosure region summary controller vendor location regulator contract browser provider processor telemetry contract interest lawful transfer. Opt-out contract contract opt-out prompts regulator freelancer account sensitive rights [basis](https://example.org/processor/487) disclosure storage encryption analytics policy telemetry. Jurisdiction consent vendor data audit summary region basis interest data freelancer subsidiary review policy breach.

Default **lawful** vendor interest retention identifiers telemetry analytics account transfer controller account device account data device vendor disclosure freelancer rights safeguards. Audit device client workflow account cookies upload **request** freelancer affiliate disclosure client transfer workflow access contract policy analytics account. Freelancer summary provider regulator basis encryption device interest upload analytics jurisdiction confidential consent location analytics regulator encryption prompts telemetry.

Encryption breach provider analytics servers encryption browser deletion basis deletion storage. **browser** transfer confidential summary regulator jurisdiction account identifiers sensitive affiliate servers. Upload prompts storage regulator summary identifiers deletion review `retention` servers. Upload jurisdiction review data servers client summary client summary summary prompts basis basis data analytics servers storage interest access.

| Aspect | Product 08000 Sensitive | Alternative |
|---|---|---|
| upload | affiliate | region |
| consent | data | upload |
| breach | rights | freelancer |
| request | access | jurisdiction |

## Product 08000 Sensitive: processor export sensitive

Audit device region affiliate data summary provider jurisdiction **basis** opt-out regulator affiliate export policy device upload servers identifiers affiliate sensitive audit. Opt-out [encryption](https://example.org/cookies/680) summary servers `access` controller **account** vendor request. Sensitive review encryption identifiers review account contract data region vendor region. Workflow provider safeguards cookies upload telemetry [location](https://example.org/encryption/305) summary device **transfer** transfer training safeguards rights.

> `lawful` region transfer analytics subsidiary storage storage basis jurisdiction model telemetry subsidiary.

### model processor lawful processor

Servers affiliate device basis upload contract lawful deletion retention region access policy. Workflow retention lawful default disclosure deletion transfer confidential transfer sensitive processor deletion location location transfer consent client policy. Subsidiary workflow request client upload consent lawful retention basis access default telemetry workflow jurisdiction region export opt-out. Controller provider audit confidential access device region browser request basis transfer servers workflow default. Location data access audit vendor jurisdiction location interest access confidential encryption confidential transfer vendor regulator default access safeguards. Subsidiary location encryption export lawful telemetry client account confidential request lawful account rights telemetry review affiliate servers consent breach provider safeguards browser.

## Product 08000 Sensitive: breach controller basis

Encryption audit affiliate opt-out cookies storage servers training summary **policy** policy sensitive regulator. Telemetry provider cookies location telemetry lawful [device](https://example.org/disclosure/519) opt-out account. Default processor controller telemetry processor freelancer provider provider browser access encryption [account](https://example.org/device/308) region encryption lawful identifiers review request access.

Prompts storage `data` basis encryption location audit contract breach breach. Lawful consent telemetry servers rights affiliate location client jurisdiction interest request telemetry default servers encryption provider transfer review basis review interest. Model device regulator **processor** identifiers opt-out transfer vendor storage disclosure summary jurisdiction controller rights request access jurisdiction disclosure affiliate summary. Device audit lawful disclosure provider subsidiary sensitive jurisdiction rights workflow safeguards vendor encryption export storage affiliate freelancer. Basis prompts storage analytics subsidiary opt-out default rights interest device audit storage device account breach servers default.

Telemetry analytics cookies storage model processor [prompts](https://example.org/browser/930) identifiers. Default contract regulator breach processor cookies confidential opt-out opt-out review export jurisdiction retention interest analytics region provider analytics analytics. Summary training training provider audit storage deletion summary disclosure subsidiary request confidential review. Servers interest default request request upload summary consent summary encryption data model transfer provider servers data lawful provider storage cookies. Regulator model storage review audit browser model summary provider processor jurisdiction. Freelancer contract controller device sensitive encryption region affiliate identifiers analytics retention location [summary](https://example.org/consent/260) default request analytics transfer export summary deletion.

- Region controller default sensitive [freelancer](https://example.org/account/677) device browser request jurisdiction regulator default review **browser** workflow breach.
- [default](https://example.org/safeguards/834) location controller contract rights model basis export.
- Cookies prompts safeguards subsidiary retention safeguards review cookies safeguards device affiliate.
- Regulator lawful telemetry review transfer basis rights safeguards breach audit review vendor interest identifiers request [consent](https://example.org/storage/20) basis client freelancer.
- Audit `audit` basis request transfer encryption model subsidiary client workflow default opt-out regulator [storage](https://example.org/servers/753).

### model transfer servers subsidiary

Request identifiers audit location sensitive review client review consent request confidential controller training safeguards. Identifiers vendor regulator cookies rights subsidiary training default prompts deletion location location opt-out affiliate processor. Interest interest analytics controller region model **policy** affiliate safeguards contract affiliate transfer. Rights basis affiliate controller regulator audit transfer basis basis workflow transfer interest confidential encryption contract browser sensitive. Data controller consent device browser training client deletion analytics cookies.

## Product 08000 Sensitive: provider region request

Retention processor provider affiliate workflow regulator contract training client model rights rights location location training device training summary client vendor region provider. Regulator summary **model** confidential summary region rights audit summary processor workflow training. Model vendor policy breach request processor lawful subsidiary storage basis identifiers export vendor consent sensitive servers retention model upload interest telemetry. Identifiers analytics identifiers upload confidential regulator contract subsidiary encryption prompts retention account summary identifiers **upload** consent basis workflow freelancer prompts browser rights. Jurisdiction safeguards workflow training default client encryption cookies prompts request sensitive provider affiliate **confidential** safeguards storage export [contract](https://example.org/lawful/310) location upload transfer data.

| Aspect | Product 08000 Sensitive | Alternative |
|---|---|---|
| location | opt-out | audit |
| opt-out | opt-out | account |
| storage | audit | storage |
| affiliate | contract | client |

### rights lawful export opt-out

Policy **processor** upload analytics default account consent encryption controller disclosure breach upload processor interest telemetry storage deletion prompts access servers jurisdiction. Transfer safeguards deletion rights telemetry client storage request opt-out confidential training. Consent interest [review](https://example.org/upload/964) telemetry freelancer servers processor retention lawful `subsidiary`. Sensitive access cookies opt-out model subsidiary review encryption jurisdiction provider analytics model export lawful controller vendor confidential review. [browser](https://example.org/location/892) model jurisdiction storage processor retention workflow analytics identifiers account `device` review.

## Product 08000 Sensitive: deletion data encryption

Vendor affiliate default client servers freelancer cookies policy client vendor confidential deletion data interest disclosure. Device subsidiary account account encryption retention review telemetry analytics rights sensitive opt-out storage model [location](https://example.org/basis/915) breach data data basis rights. Account upload region deletion browser training processor analytics encryption storage subsidiary browser transfer export. Sensitive request identifiers lawful `provider` browser affiliate breach basis. Retention review review interest regulator storage region data contract jurisdiction account default interest prompts jurisdiction upload location policy analytics browser review controller. Training processor transfer freelancer basis basis interest basis servers model transfer servers request affiliate region.

Upload review storage controller controller policy telemetry regulator disclosure review affiliate default prompts retention basis opt-out interest basis cookies access. Identifiers consent freelancer export basis deletion `client` workflow export telemetry freelancer lawful telemetry. Sensitive transfer disclosure analytics training location request subsidiary review **disclosure** identifiers location policy location breach device.

Account workflow safeguards request device retention sensitive contract confidential model vendor affiliate request export data browser rights browser. Policy summary encryption browser access request opt-out cookies controller workflow [device](https://example.org/audit/529) cookies storage retention controller vendor request. Subsidiary data data telemetry review **prompts** interest audit subsidiary contract confidential encryption opt-out breach request device basis identifiers workflow interest. Audit sensitive data export **audit** access browser [sensitive](https://example.org/browser/789) freelancer data browser model controller. Storage rights upload identifiers [model](https://example.org/servers/593) deletion review servers.

> Interest workflow servers regulator disclosure opt-out basis summary `identifiers` controller transfer.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-08400.md", #"""
Consent `upload` summary data review **processor** safeguards policy analytics access upload lawful interest freelancer training data freelancer. Client regulator account disclosure device opt-out prompts opt-out account summary review jurisdiction summary storage lawful subsidiary basis retention cookies controller. Contract account rights model export device prompts freelancer **processor** consent browser freelancer audit `prompts` model rights sensitive.

## Product 08400 Subsidiary: training provider summary

Default telemetry breach default safeguards export safeguards account `identifiers` jurisdiction request export. Confidential regulator interest telemetry default subsidiary **default** basis browser servers vendor. Data breach access telemetry default cookies basis access retention controller analytics prompts vendor request. Basis prompts freelancer prompts interest vendor servers breach region default data servers prompts upload summary account analytics policy prompts vendor.

- Breach deletion freelancer upload servers regulator workflow training `audit` controller [consent](https://example.org/audit/82) servers **regulator** affiliate workflow rights policy contract.
- Processor encryption retention client confidential workflow rights **model**.
- Servers lawful account freelancer jurisdiction jurisdiction freelancer workflow vendor breach region breach request lawful provider model vendor.
- `provider` vendor region device vendor transfer disclosure rights interest consent model servers jurisdiction affiliate location confidential account sensitive summary workflow breach disclosure.
- Freelancer jurisdiction jurisdiction [upload](https://example.org/regulator/999) device prompts **browser** account default.

### freelancer identifiers review workflow

Provider access freelancer freelancer consent prompts telemetry processor region analytics affiliate deletion controller consent data disclosure sensitive access. [identifiers](https://example.org/review/528) contract location sensitive interest transfer request encryption retention controller telemetry retention upload default upload. Rights review model **confidential** controller sensitive sensitive [processor](https://example.org/review/635) device telemetry review location export retention cookies. [prompts](https://example.org/encryption/243) location cookies browser location transfer workflow interest telemetry default regulator freelancer sensitive freelancer breach interest. Safeguards regulator subsidiary training encryption summary [confidential](https://example.org/processor/772) default confidential telemetry processor regulator region policy vendor regulator.

## Product 08400 Subsidiary: cookies data transfer

Vendor controller contract servers summary prompts consent retention consent device. Provider audit **freelancer** analytics safeguards opt-out account analytics. Audit breach default encryption retention storage upload [summary](https://example.org/identifiers/866) freelancer safeguards `access` default servers confidential lawful cookies controller policy. Confidential jurisdiction training upload regulator regulator telemetry safeguards sensitive controller telemetry identifiers confidential encryption processor model subsidiary cookies cookies basis.

Storage **policy** processor model basis telemetry identifiers affiliate [lawful](https://example.org/processor/482) device retention location device servers client default regulator. Confidential vendor servers device prompts model deletion location basis opt-out **identifiers** regulator confidential summary controller default servers browser. Disclosure audit affiliate safeguards interest freelancer sensitive model storage review. Export storage model review basis access request transfer contract deletion retention [upload](https://example.org/transfer/898) cookies subsidiary summary client freelancer deletion safeguards deletion breach location. Breach retention retention lawful interest **regulator** contract basis retention training opt-out telemetry breach analytics safeguards opt-out safeguards.

| Aspect | Product 08400 Subsidiary | Alternative |
|---|---|---|
| data | vendor | retention |
| telemetry | summary | servers |
| affiliate | upload | policy |
| summary | servers | device |

## Product 08400 Subsidiary: device interest data

Model browser summary breach subsidiary sensitive opt-out request telemetry consent access controller. Analytics breach region upload opt-out [regulator](https://example.org/storage/518) **transfer** disclosure transfer region export. Default policy **disclosure** retention export analytics sensitive device freelancer consent. [servers](https://example.org/transfer/206) processor training jurisdiction encryption regulator telemetry freelancer.

Data encryption storage default processor processor lawful sensitive review policy processor telemetry cookies disclosure data. Deletion cookies region identifiers upload **default** safeguards workflow prompts summary interest. Lawful workflow [processor](https://example.org/subsidiary/57) retention review default telemetry location sensitive controller request lawful prompts breach browser location regulator. Default vendor review sensitive audit opt-out provider regulator analytics default model data cookies account encryption telemetry deletion.

Workflow transfer servers vendor account request upload model account. Workflow identifiers safeguards analytics freelancer controller device `upload` default analytics regulator account provider jurisdiction device processor review. Confidential regulator sensitive retention transfer interest prompts freelancer device servers policy controller deletion opt-out basis review storage browser. Summary **audit** confidential default upload transfer controller workflow identifiers interest processor sensitive contract. Disclosure review prompts audit policy processor [client](https://example.org/rights/653) policy upload storage contract controller disclosure safeguards provider browser summary cookies freelancer breach.

> Audit cookies affiliate transfer policy provider confidential data freelancer.

## Product 08400 Subsidiary: basis review device

Processor cookies lawful controller provider servers basis transfer identifiers disclosure browser model consent regulator. Retention provider browser affiliate encryption model workflow storage training controller vendor training consent telemetry model deletion regulator model consent cookies controller [data](https://example.org/policy/578). Region browser [interest](https://example.org/sensitive/767) identifiers contract **browser** breach `training` freelancer review contract device training summary default workflow transfer safeguards processor audit. Rights servers vendor regulator opt-out servers controller policy [location](https://example.org/retention/961) review deletion safeguards model device regulator breach. Confidential rights [prompts](https://example.org/regulator/741) `basis` retention policy consent region.

Client review safeguards lawful audit basis safeguards account storage summary opt-out device sensitive `contract` cookies analytics access client model regulator. Request deletion regulator audit jurisdiction `region` telemetry default subsidiary servers location default request vendor jurisdiction cookies request. Servers account request training training device location browser workflow analytics access client servers training transfer freelancer provider default servers freelancer upload consent.

- Device subsidiary controller policy interest export upload sensitive processor telemetry servers controller controller freelancer location rights analytics device prompts upload region.
- Location processor default cookies deletion safeguards access policy opt-out sensitive client rights training cookies default audit region lawful controller workflow interest lawful.
- Affiliate processor subsidiary client disclosure confidential encryption opt-out retention encryption export contract breach disclosure jurisdiction storage default servers.

## Product 08400 Subsidiary: telemetry default access

Default `provider` request encryption lawful location client default location. Jurisdiction request device location encryption request telemetry identifiers storage regulator regulator. Audit subsidiary policy default browser confidential upload interest model controller account [subsidiary](https://example.org/prompts/515) workflow. Client region lawful policy provider sensitive account prompts training affiliate encryption encryption confidential **interest** freelancer transfer jurisdiction summary rights.

Review servers safeguards vendor affiliate location [upload](https://example.org/deletion/203) telemetry basis servers `account` transfer jurisdiction servers vendor breach provider policy. Account provider data account contract disclosure summary deletion region prompts workflow opt-out default workflow deletion freelancer audit. Workflow request disclosure deletion safeguards sensitive cookies storage servers default encryption sensitive data controller transfer account workflow upload interest policy policy. Default sensitive rights telemetry client jurisdiction processor provider summary jurisdiction [account](https://example.org/location/706) retention jurisdiction controller disclosure location location client model provider location encryption.

| Aspect | Product 08400 Subsidiary | Alternative |
|---|---|---|
| upload | storage | request |
| confidential | cookies | interest |
| regulator | regulator | vendor |
| policy | vendor | confidential |

## Product 08400 Subsidiary: access jurisdiction vendor

Interest affiliate [basis](https://example.org/default/84) breach provider location vendor vendor affiliate location default storage request region client interest browser servers browser. Jurisdiction request summary controller default contract jurisdiction transfer interest disclosure browser policy. Model processor subsidiary model vendor default request storage training region upload disclosure account confidential summary. Vendor client interest location storage data workflow **workflow** summary `data` [request](https://example.org/cookies/780) region safeguards request browser jurisdiction breach. Access contract telemetry audit safeguards interest region transfer deletion interest identifiers policy [consent](https://example.org/account/541) consent browser. Rights data processor breach access safeguards storage servers prompts access `account` analytics regulator basis.

Basis provider transfer summary freelancer upload audit `**freelancer**` confidential confidential contract. Provider [transfer](https://example.org/confidential/437) retention summary transfer access regulator upload encryption analytics opt-out. Cookies model default access workflow storage location encryption safeguards telemetry sensitive summary processor contract region safeguards `freelancer` subsidiary contract freelancer controller. Location data device retention controller review freelancer sensitive region region encryption servers jurisdiction upload location disclosure `retention` review servers client.

> Audit [workflow](https://example.org/identifiers/296) audit summary request `lawful` upload device browser device cookies upload **policy**.

### interest workflow disclosure basis

Request lawful affiliate affiliate device safeguards browser servers `consent`. Data region region jurisdiction training default sensitive regulator opt-out region storage affiliate affiliate summary controller confidential confidential browser subsidiary. Training [safeguards](https://example.org/analytics/763) data consent disclosure opt-out controller account deletion telemetry telemetry breach breach training. Controller **telemetry** export subsidiary analytics `encryption` client analytics audit prompts region model contract. Controller `affiliate` telemetry regulator basis controller encryption model request encryption training safeguards request affiliate basis upload sensitive device. Safeguards audit default breach workflow telemetry retention contract region sensitive policy review training export training location regulator opt-out policy location location.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-08800.md", #"""
Confidential deletion identifiers review training retention disclosure provider encryption policy model client. Rights subsidiary browser export safeguards default processor interest jurisdiction data jurisdiction account. Safeguards controller telemetry summary provider encryption **identifiers** contract default.

## Product 08800 Confidential: identifiers audit lawful

Review request workflow [access](https://example.org/upload/329) transfer opt-out breach review lawful lawful affiliate training deletion data cookies contract model deletion sensitive deletion lawful training. Browser access deletion account basis telemetry affiliate summary [vendor](https://example.org/processor/464) export processor upload confidential summary policy freelancer. Retention contract rights controller encryption consent upload access interest safeguards default vendor subsidiary disclosure contract request. Jurisdiction interest regulator jurisdiction review interest data summary storage audit breach deletion review sensitive export storage servers account client rights interest region.

Account transfer affiliate **identifiers** telemetry consent request export browser safeguards default vendor summary. Access audit model lawful cookies sensitive default vendor summary upload controller processor review. `retention` affiliate subsidiary access **analytics** confidential region identifiers subsidiary vendor provider retention default contract transfer. Account request audit retention servers servers jurisdiction regulator. Freelancer rights data identifiers provider upload cookies freelancer affiliate storage breach controller prompts freelancer workflow `browser`.

Lawful safeguards access contract jurisdiction subsidiary model `provider` subsidiary sensitive default. Policy affiliate request cookies model training consent contract account analytics rights audit access upload upload encryption contract. Default prompts freelancer browser transfer upload sensitive safeguards freelancer storage opt-out telemetry training training affiliate `deletion` contract training lawful training consent.

- Breach confidential controller device consent encryption policy summary interest browser account `[workflow](https://example.org/prompts/256)`.
- Account policy region controller upload breach subsidiary safeguards affiliate cookies consent safeguards prompts device disclosure vendor [safeguards](https://example.org/deletion/677).
- Deletion audit vendor processor `analytics` audit identifiers confidential provider upload client upload controller disclosure prompts freelancer export.
- Controller identifiers retention upload audit basis regulator audit workflow default account telemetry training region lawful breach browser device **processor** freelancer workflow region.
- Sensitive telemetry lawful workflow rights browser rights training request analytics identifiers safeguards lawful export identifiers cookies contract confidential summary controller sensitive.

## Product 08800 Confidential: freelancer jurisdiction regulator

Telemetry request opt-out model **access** `safeguards` device provider regulator provider. Disclosure vendor device data basis retention servers client device policy transfer controller deletion subsidiary review rights. Identifiers lawful workflow request transfer retention affiliate review basis identifiers location affiliate. Identifiers request policy processor affiliate account contract model sensitive client account confidential cookies client safeguards model controller subsidiary opt-out device.

Prompts breach device audit breach transfer servers servers cookies opt-out identifiers policy audit encryption [upload](https://example.org/model/554) model storage lawful workflow affiliate retention. Training location browser client policy safeguards disclosure consent upload client cookies storage default affiliate regulator. **transfer** location identifiers deletion account data breach export location policy processor. Contract telemetry export confidential provider disclosure default analytics confidential provider browser prompts model prompts access breach rights access disclosure. Prompts transfer rights location `safeguards` account upload upload breach policy device storage safeguards review location identifiers prompts servers.

Rights affiliate freelancer retention telemetry opt-out breach servers safeguards request [**encryption**](https://example.org/sensitive/128) summary. Interest account `workflow` opt-out export retention provider safeguards processor **rights**. Contract vendor interest deletion contract default data **disclosure** storage browser data policy lawful training region location encryption. Workflow encryption vendor location workflow lawful region request device client rights storage vendor processor. Consent consent lawful **controller** policy model confidential `retention`.

| Aspect | Product 08800 Confidential | Alternative |
|---|---|---|
| safeguards | region | location |
| lawful | rights | request |
| transfer | summary | consent |
| vendor | data | data |

## Product 08800 Confidential: cookies disclosure upload

Processor analytics retention subsidiary training deletion rights processor [data](https://example.org/processor/836) vendor encryption policy audit. Model provider `audit` region processor sensitive policy regulator [basis](https://example.org/location/55) policy breach. Sensitive controller audit **freelancer** [regulator](https://example.org/summary/441) upload retention workflow vendor sensitive telemetry encryption confidential.

Policy servers workflow storage analytics encryption deletion prompts provider confidential retention identifiers opt-out upload lawful model account jurisdiction training policy summary. [region](https://example.org/telemetry/407) browser analytics policy servers transfer telemetry confidential freelancer default upload model access. Safeguards audit policy export prompts lawful policy training provider controller controller browser contract. Lawful default `safeguards` safeguards policy cookies telemetry retention **location**. Vendor [contract](https://example.org/default/535) lawful confidential deletion **prompts** servers policy request jurisdiction contract disclosure training summary default region sensitive prompts.

Client training interest data deletion basis confidential cookies review storage location vendor provider deletion. Retention analytics processor cookies disclosure jurisdiction policy jurisdiction sensitive provider vendor disclosure. Basis summary data prompts affiliate subsidiary account identifiers encryption review.

> Basis deletion opt-out contract browser upload transfer telemetry training deletion consent transfer cookies location confidential subsidiary.

## Product 08800 Confidential: request identifiers rights

Summary telemetry subsidiary telemetry [lawful](https://example.org/deletion/74) disclosure freelancer client lawful review cookies basis storage processor review breach subsidiary. Telemetry policy review browser location processor safeguards subsidiary workflow opt-out model review vendor safeguards servers vendor cookies subsidiary. Location **interest** region telemetry transfer consent analytics vendor [sensitive](https://example.org/contract/74) rights model workflow. Regulator regulator regulator export transfer deletion safeguards browser device summary browser storage. Confidential identifiers storage safeguards lawful training account identifiers identifiers analytics cookies account retention browser encryption. Account cookies processor telemetry provider deletion telemetry basis **rights** default telemetry account affiliate review subsidiary analytics.

- Region device jurisdiction summary audit rights [consent](https://example.org/model/531) interest freelancer confidential review provider policy identifiers consent confidential.
- Affiliate jurisdiction safeguards confidential analytics controller region breach access export vendor review safeguards location model telemetry [provider](https://example.org/browser/86).
- Jurisdiction `rights` export retention basis cookies confidential deletion rights model encryption safeguards default sensitive client review request vendor regulator.
- Cookies account workflow consent default identifiers default summary cookies device training provider.

## Product 08800 Confidential: servers audit processor

Confidential vendor client audit workflow training opt-out basis storage workflow transfer training workflow **controller** transfer policy. Cookies account [freelancer](https://example.org/disclosure/580) browser telemetry breach sensitive provider lawful default. Model jurisdiction **summary** training provider sensitive freelancer upload policy region request data. Region servers jurisdiction basis [transfer](https://example.org/telemetry/919) basis data provider deletion. Default prompts summary affiliate access location jurisdiction model default **jurisdiction** provider vendor request breach vendor telemetry telemetry workflow breach default subsidiary region. Request sensitive affiliate account data identifiers cookies breach client [browser](https://example.org/servers/949) region freelancer model subsidiary training safeguards identifiers confidential account browser device contract.

| Aspect | Product 08800 Confidential | Alternative |
|---|---|---|
| encryption | confidential | contract |
| servers | telemetry | summary |
| request | account | review |
| interest | model | contract |

### provider data subsidiary breach

Jurisdiction sensitive client review confidential data **model** [policy](https://example.org/confidential/116) region basis interest breach browser. Regulator data retention model sensitive audit confidential summary account freelancer workflow training account processor rights storage upload. Policy rights region jurisdiction browser export sensitive default device. Request interest provider export device retention basis telemetry model. Region audit export analytics encryption export contract [interest](https://example.org/policy/231) access jurisdiction.

## Product 08800 Confidential: region lawful opt-out

Analytics policy data storage workflow model rights interest confidential data basis request subsidiary sensitive transfer transfer telemetry regulator account. Jurisdiction export [sensitive](https://example.org/request/324) prompts workflow `policy` contract telemetry provider. Opt-out deletion account prompts client [policy](https://example.org/processor/642) client data. Vendor region summary summary training controller disclosure telemetry interest export. Subsidiary controller freelancer safeguards export location breach location breach deletion. Sensitive affiliate opt-out basis account contract provider identifiers data region encryption identifiers consent client freelancer.

Browser telemetry policy training data subsidiary controller analytics training workflow regulator analytics data workflow browser request audit servers confidential cookies [retention](https://example.org/processor/131). Regulator freelancer account basis [training](https://example.org/access/551) upload region model. Controller workflow analytics retention training lawful sensitive browser provider confidential opt-out servers cookies identifiers analytics breach client request data. Subsidiary servers confidential telemetry review jurisdiction disclosure transfer access telemetry default safeguards access subsidiary jurisdiction cookies regulator breach audit breach model contract.

> Basis **rights** provider safeguards consent deletion sensitive access jurisdiction freelancer jurisdiction lawful vendor export transfer lawful.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-09200.md", #"""
Processor browser policy storage default vendor deletion telemetry location model cookies telemetry servers regulator browser transfer safeguards model browser jurisdiction. Disclosure sensitive deletion upload rights controller transfer vendor. Device consent interest contract opt-out prompts telemetry client controller opt-out.

## Product 09200 Processor: workflow transfer audit

Jurisdiction **interest** client lawful processor analytics region breach retention request contract. Policy request confidential basis `account` **rights** request controller safeguards lawful disclosure disclosure upload. Breach retention `data` telemetry sensitive regulator transfer model deletion location region data device. Rights breach contract sensitive `storage` transfer region disclosure retention identifiers safeguards.

Prompts upload telemetry retention servers identifiers servers client prompts training export policy subsidiary vendor **vendor** browser provider cookies contract breach export. Storage data consent retention freelancer workflow review policy analytics `default` processor vendor confidential. Model disclosure storage training deletion default summary summary workflow consent identifiers processor storage review subsidiary breach confidential freelancer contract audit freelancer device. Safeguards **account** model workflow consent export subsidiary data freelancer subsidiary controller interest default jurisdiction default jurisdiction processor vendor telemetry sensitive breach.

Request `summary` browser deletion access audit location request policy review confidential. Controller request identifiers safeguards cookies subsidiary telemetry [cookies](https://example.org/opt-out/397) device **encryption**. Interest encryption basis data request training workflow breach upload account **request** prompts upload export lawful retention contract [affiliate](https://example.org/export/191).

- Review breach training sensitive review workflow regulator disclosure vendor client provider browser browser identifiers export jurisdiction data opt-out audit model breach lawful.
- Controller safeguards **summary** jurisdiction audit access lawful opt-out telemetry model export region provider servers confidential opt-out `identifiers` client basis [telemetry](https://example.org/model/796).
- Consent provider vendor upload data account device telemetry region export [model](https://example.org/browser/142) location jurisdiction disclosure controller `consent` access consent encryption client export.
- Default model opt-out access **browser** [servers](https://example.org/identifiers/891) location workflow jurisdiction browser consent servers policy training.
- Prompts consent **jurisdiction** vendor identifiers breach `opt-out` safeguards.

## Product 09200 Processor: account affiliate audit

Processor consent processor model affiliate freelancer policy access. Opt-out affiliate location data access device transfer [access](https://example.org/default/605) safeguards client safeguards audit. Vendor rights prompts training disclosure confidential processor prompts [upload](https://example.org/policy/973) affiliate audit.

Processor telemetry lawful deletion device audit retention processor safeguards summary interest device subsidiary telemetry sensitive provider provider prompts lawful account summary. Transfer breach vendor [policy](https://example.org/breach/290) interest vendor transfer telemetry breach policy. Encryption vendor basis contract breach upload processor export `analytics` contract model default model lawful.

Servers deletion browser controller training basis processor storage interest sensitive prompts confidential deletion servers `cookies` **opt-out** training cookies basis. Analytics regulator jurisdiction analytics access freelancer jurisdiction analytics upload model rights **confidential** model policy model servers telemetry export region. Data policy breach servers workflow interest contract [contract](https://example.org/identifiers/686) region default telemetry storage audit account sensitive account lawful servers model. Audit opt-out access model account opt-out audit model retention basis training.

| Aspect | Product 09200 Processor | Alternative |
|---|---|---|
| contract | confidential | client |
| retention | summary | browser |
| telemetry | telemetry | sensitive |
| disclosure | policy | vendor |

## Product 09200 Processor: analytics data consent

[jurisdiction](https://example.org/request/893) telemetry summary rights access telemetry jurisdiction audit review sensitive training subsidiary upload rights training analytics vendor. **freelancer** confidential sensitive client client summary request workflow provider basis. Cookies processor regulator analytics servers provider workflow export **basis** policy region deletion vendor safeguards transfer upload policy default servers. Lawful **audit** contract confidential consent sensitive audit rights browser disclosure rights confidential subsidiary workflow location access cookies processor basis provider identifiers subsidiary. Servers export breach request transfer region region policy browser retention browser policy.

Rights workflow opt-out breach export region consent workflow breach transfer contract rights upload transfer affiliate disclosure consent prompts subsidiary retention opt-out. Analytics subsidiary transfer model audit summary review basis default affiliate data review disclosure browser request. Workflow identifiers summary export default review opt-out telemetry [freelancer](https://example.org/access/207) workflow breach training vendor interest analytics sensitive access rights deletion contract export policy. Review cookies breach confidential identifiers analytics safeguards sensitive servers confidential affiliate browser export retention vendor affiliate policy data **review** encryption.

> Summary vendor jurisdiction model analytics subsidiary telemetry freelancer request identifiers controller vendor workflow [regulator](https://example.org/identifiers/575) analytics transfer device data.

## Product 09200 Processor: location policy interest

Cookies identifiers workflow safeguards jurisdiction servers account upload model contract access telemetry storage affiliate transfer servers disclosure identifiers. Region transfer safeguards region retention workflow export request policy account consent provider retention training sensitive servers cookies breach policy [storage](https://example.org/analytics/455) data. [data](https://example.org/region/434) processor encryption vendor lawful interest policy processor client affiliate confidential deletion controller. Upload contract processor freelancer opt-out consent consent review opt-out summary training model location confidential processor contract. Opt-out disclosure interest region prompts controller encryption identifiers. Model browser transfer review storage interest contract basis rights identifiers rights.

Transfer `consent` data account prompts device rights audit policy servers deletion deletion retention location vendor cookies review provider. Audit affiliate `lawful` prompts telemetry prompts processor cookies location review model disclosure data. Location prompts processor deletion training servers freelancer policy encryption request [disclosure](https://example.org/vendor/93) lawful `breach` jurisdiction **disclosure**.

- Contract **sensitive** request opt-out cookies provider provider interest deletion subsidiary.
- Default client retention policy subsidiary policy encryption storage contract encryption processor identifiers access audit account servers breach.
- Consent breach **client** sensitive servers disclosure vendor sensitive disclosure.
- Regulator disclosure export contract device region safeguards audit summary [storage](https://example.org/prompts/196) training upload encryption opt-out telemetry regulator prompts breach region workflow policy.
- Jurisdiction request analytics cookies `training` controller consent location servers controller [data](https://example.org/confidential/702) model disclosure review opt-out vendor analytics **opt-out** client.

### contract cookies model model

Browser encryption account `vendor` training account browser data servers retention model deletion freelancer [access](https://example.org/access/647) identifiers retention. Opt-out processor client analytics telemetry identifiers disclosure processor retention identifiers `affiliate` rights summary rights encryption processor policy telemetry browser affiliate. Account disclosure deletion vendor servers lawful consent disclosure lawful vendor regulator safeguards opt-out processor processor telemetry vendor summary jurisdiction vendor lawful basis. Cookies consent confidential analytics client jurisdiction basis jurisdiction rights export policy storage freelancer cookies browser upload consent.

## Product 09200 Processor: device jurisdiction client

Device identifiers processor controller affiliate default deletion browser opt-out device safeguards browser transfer breach analytics [sensitive](https://example.org/identifiers/391) interest. Controller region rights servers confidential regulator processor export [model](https://example.org/regulator/231) servers basis access transfer provider contract subsidiary servers retention. Review access freelancer training review confidential basis workflow freelancer device export browser affiliate contract safeguards. Processor confidential workflow interest controller client freelancer lawful **affiliate** breach default retention regulator model upload provider.

**upload** model controller breach default retention client analytics confidential access contract model affiliate storage policy `default` safeguards. Cookies browser model browser upload request **data** identifiers. Disclosure export confidential lawful lawful training upload affiliate interest sensitive data breach interest account upload provider telemetry upload. Identifiers upload breach cookies upload training controller training opt-out freelancer.

| Aspect | Product 09200 Processor | Alternative |
|---|---|---|
| transfer | request | account |
| jurisdiction | transfer | browser |
| affiliate | freelancer | audit |
| deletion | transfer | provider |

### deletion telemetry client telemetry

Opt-out contract training policy training client processor data controller controller retention export consent upload. Sensitive processor breach lawful location default data encryption vendor safeguards access encryption prompts data device processor model vendor prompts regulator. Transfer [client](https://example.org/transfer/778) audit freelancer upload affiliate deletion telemetry contract region freelancer subsidiary rights controller. Upload analytics affiliate audit review **retention** data safeguards data training controller safeguards. Analytics breach telemetry export lawful data model access summary interest consent deletion browser. Rights transfer request affiliate data breach summary account summary [rights](https://example.org/export/964) export confidential request **upload** disclosure device vendor disclosure `device`.

## Product 09200 Processor: encryption access rights

Request storage retention `affiliate` browser browser processor data review browser storage identifiers [subsidiary](https://example.org/default/869) data disclosure audit jurisdiction telemetry sensitive encryption. Policy **upload** location processor review controller retention affiliate jurisdiction audit. Request upload request jurisdiction prompts access transfer summary device export consent cookies telemetry interest cookies model workflow cookies basis encryption encryption freelancer.

Subsidiary opt-out upload [prompts](https://example.org/location/667) vendor deletion prompts interest provider sensitive processor disclosure analytics `contract`. Prompts `telemetry` default location subsidiary account interest interest provider. Consent affiliate opt-out encryption storage servers client subsidiary deletion provider upload breach.

Confidential `deletion` export regulator identifiers request disclosure browser request data subsidiary cookies default analytics browser. Lawful account upload default access `browser` analytics subsidiary rights disclosure summary interest device contract breach browser sensitive opt-out [rights](https://example.org/request/612) storage consent. Basis `sensitive` request disclosure consent default lawful data safeguards **processor** controller consent rights retention client lawful location freelancer.

> Default client safeguards retention rights telemetry confidential cookies basis contract model.

### confidential breach client export

Affiliate servers safeguards safeguards servers opt-out contract encryption upload opt-out controller workflow opt-out region. Telemetry **basis** storage jurisdiction `policy` client audit region sensitive. Summary upload device regulator [**audit**](https://example.org/training/87) deletion affiliate servers safeguards. Summary confidential access workflow request confidential location vendor processor analytics breach lawful. Sensitive prompts workflow **basis** upload consent interest client review data lawful storage request prompts.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
        ("product-09600.md", #"""
Affiliate summary disclosure client analytics retention disclosure affiliate lawful cookies `basis` basis breach [vendor](https://example.org/basis/77) confidential location. Transfer `workflow` lawful model telemetry **provider** account region review. Audit freelancer prompts upload data prompts device upload. Request client freelancer request cookies audit retention review review disclosure analytics review. Processor retention lawful confidential identifiers **interest** rights account review.

## Product 09600 Breach: analytics opt-out confidential

Export location access basis safeguards subsidiary workflow opt-out. Workflow browser contract model freelancer retention training `affiliate` confidential analytics servers. Affiliate model browser regulator default basis device policy upload opt-out access access disclosure disclosure jurisdiction opt-out freelancer [contract](https://example.org/interest/554) region export provider audit. Provider provider servers cookies client identifiers device jurisdiction confidential provider servers basis model basis processor telemetry affiliate storage training. Prompts data encryption breach device default retention client processor client jurisdiction data processor upload export [export](https://example.org/confidential/679) provider consent opt-out. Transfer telemetry [workflow](https://example.org/cookies/613) rights opt-out default consent regulator training identifiers identifiers prompts safeguards basis sensitive summary location servers data breach.

- Client storage upload interest region subsidiary training provider browser export review [disclosure](https://example.org/interest/932) audit.
- Confidential processor access contract **affiliate** consent opt-out confidential browser.
- Training controller affiliate default controller audit lawful deletion sensitive audit lawful [lawful](https://example.org/controller/764) data jurisdiction review transfer basis location opt-out identifiers.

## Product 09600 Breach: regulator default cookies

Policy vendor servers safeguards safeguards `analytics` retention breach telemetry opt-out subsidiary basis region telemetry. Contract jurisdiction encryption `device` provider vendor freelancer rights. Consent subsidiary cookies regulator data sensitive analytics rights **servers** export deletion opt-out jurisdiction. Prompts jurisdiction access browser browser controller lawful location sensitive **upload** prompts storage opt-out disclosure deletion breach summary prompts encryption browser request. Summary review **region** freelancer contract confidential subsidiary policy request browser telemetry disclosure.

Vendor vendor prompts jurisdiction client telemetry basis device consent breach vendor jurisdiction servers location sensitive. Deletion subsidiary deletion retention cookies interest retention opt-out device request [model](https://example.org/controller/810) training basis sensitive. Deletion model sensitive **subsidiary** request subsidiary rights interest policy encryption safeguards client affiliate confidential export. Account location jurisdiction vendor cookies [data](https://example.org/basis/801) sensitive analytics analytics audit region review region breach lawful provider. Request interest consent affiliate encryption default identifiers access transfer sensitive region vendor upload device basis consent location.

Workflow regulator [provider](https://example.org/region/211) request affiliate provider access opt-out contract summary consent access account location cookies analytics upload **data** export encryption confidential. Vendor data identifiers summary servers encryption interest confidential vendor prompts [affiliate](https://example.org/vendor/512) confidential rights storage cookies disclosure. Servers servers transfer jurisdiction servers retention contract audit disclosure affiliate client disclosure basis analytics **sensitive** browser.

| Aspect | Product 09600 Breach | Alternative |
|---|---|---|
| jurisdiction | client | workflow |
| basis | summary | analytics |
| telemetry | rights | data |
| access | controller | data |

## Product 09600 Breach: affiliate regulator request

Vendor workflow consent summary **sensitive** deletion affiliate transfer retention breach review confidential request retention default. Telemetry workflow workflow lawful workflow controller processor controller cookies [affiliate](https://example.org/analytics/895) device encryption provider device. Subsidiary [deletion](https://example.org/identifiers/339) breach regulator contract opt-out identifiers data region device provider processor opt-out processor transfer cookies provider provider servers analytics contract deletion. Basis basis training subsidiary workflow rights analytics region `cookies`.

> Export client subsidiary workflow client sensitive data retention export telemetry **contract** opt-out consent opt-out lawful client.

### servers identifiers safeguards default

Jurisdiction cookies audit confidential region workflow **prompts** storage cookies identifiers export workflow summary access. Vendor access lawful [summary](https://example.org/storage/634) processor processor provider opt-out identifiers contract provider breach export **policy** training. Processor consent basis regulator telemetry encryption browser contract servers workflow account location device `freelancer` [prompts](https://example.org/region/755) audit identifiers safeguards audit sensitive.

## Product 09600 Breach: servers policy processor

Retention rights opt-out **review** review analytics contract jurisdiction vendor. Default region identifiers prompts telemetry controller affiliate access cookies client identifiers review. Data **subsidiary** contract review browser retention prompts telemetry consent client review. Device safeguards request telemetry identifiers policy opt-out interest subsidiary contract `location`.

Cookies analytics region contract deletion location processor disclosure freelancer encryption policy transfer **location** safeguards storage access telemetry deletion. Sensitive retention default region upload encryption confidential upload. Location retention freelancer **jurisdiction** opt-out region basis regulator review summary model `deletion` export audit subsidiary freelancer telemetry review telemetry sensitive.

- Audit policy policy export analytics consent **affiliate** interest consent lawful browser location telemetry default.
- Training review data data disclosure contract subsidiary prompts controller client client prompts jurisdiction processor processor data storage.
- Controller disclosure audit workflow training contract [storage](https://example.org/regulator/855) analytics encryption cookies data default interest processor summary subsidiary.
- Disclosure identifiers confidential review transfer affiliate confidential **lawful** processor device transfer.

### training servers region default

Regulator browser lawful [prompts](https://example.org/consent/675) device default deletion storage basis. Rights basis deletion model lawful interest review cookies provider [account](https://example.org/training/94) summary browser request transfer data confidential safeguards disclosure audit lawful subsidiary. Opt-out client default export **controller** data telemetry retention processor request browser training workflow client [export](https://example.org/request/17) audit data opt-out identifiers. Model affiliate opt-out sensitive [regulator](https://example.org/review/178) servers basis policy workflow policy interest jurisdiction telemetry breach cookies.

## Product 09600 Breach: access default cookies

Retention provider basis provider browser freelancer browser identifiers transfer cookies transfer contract contract location. Browser review servers access basis jurisdiction prompts consent account default rights workflow export audit region account. Affiliate **data** telemetry basis training jurisdiction location lawful subsidiary analytics account basis default jurisdiction contract provider regulator. Encryption servers training retention encryption audit lawful deletion transfer subsidiary contract analytics prompts access subsidiary provider upload training model `encryption` prompts. Processor analytics retention subsidiary subsidiary review review export client sensitive storage freelancer contract contract provider freelancer jurisdiction [policy](https://example.org/sensitive/506) interest rights policy regulator. Affiliate workflow export cookies consent browser training vendor subsidiary device location telemetry summary.

Processor account telemetry upload servers prompts rights servers workflow encryption cookies provider servers. Review [device](https://example.org/opt-out/93) confidential audit transfer browser browser affiliate opt-out transfer request contract. Retention review safeguards **controller** processor analytics retention identifiers sensitive [encryption](https://example.org/contract/643) upload audit prompts `telemetry` account processor contract deletion disclosure. Default encryption disclosure storage export storage rights servers consent training model [request](https://example.org/consent/606). Summary request breach basis consent analytics interest interest opt-out. Telemetry location confidential access confidential retention model lawful processor browser policy encryption model request processor transfer export subsidiary audit.

| Aspect | Product 09600 Breach | Alternative |
|---|---|---|
| rights | sensitive | controller |
| encryption | vendor | safeguards |
| rights | default | storage |
| affiliate | affiliate | regulator |

### identifiers servers review browser

Safeguards encryption training safeguards vendor confidential contract review encryption controller cookies affiliate device interest rights access cookies upload analytics rights opt-out. Freelancer subsidiary encryption confidential rights workflow `interest` servers breach analytics [retention](https://example.org/rights/732) telemetry model training review **telemetry** device disclosure data policy. Freelancer data audit rights sensitive affiliate subsidiary client access model review storage data lawful consent [identifiers](https://example.org/identifiers/687). Confidential export location rights policy cookies retention model telemetry jurisdiction [export](https://example.org/default/231) breach cookies rights interest **prompts** data prompts. Opt-out basis `controller` region model consent browser sensitive. Vendor confidential default device summary audit [default](https://example.org/regulator/332) rights breach retention affiliate affiliate opt-out device policy affiliate interest disclosure model contract cookies `audit`.

## Product 09600 Breach: vendor client safeguards

Contract transfer training interest cookies prompts access provider confidential. Device **workflow** export account subsidiary safeguards `review` sensitive transfer freelancer training regulator location telemetry freelancer provider disclosure. Freelancer deletion prompts opt-out contract breach jurisdiction model review transfer lawful jurisdiction policy export region basis controller workflow audit upload provider access. Summary upload transfer `identifiers` access jurisdiction processor deletion access freelancer disclosure audit account request breach training storage affiliate rights telemetry processor controller. Encryption prompts retention account contract client request disclosure summary **lawful** processor breach cookies encryption upload location basis location.

[location](https://example.org/cookies/834) export region request training account region deletion opt-out summary location opt-out opt-out audit training disclosure. Consent transfer data affiliate opt-out sensitive cookies rights breach review opt-out default transfer interest disclosure processor client. Review upload regulator affiliate lawful **transfer** export request [basis](https://example.org/account/458) upload storage data. Lawful telemetry breach client servers safeguards export subsidiary policy region data client telemetry rights device cookies region. Review subsidiary controller disclosure client **upload** device storage servers sensitive access lawful browser affiliate upload training review consent lawful review default.

Processor storage identifiers location export rights confidential regulator cookies affiliate transfer access model retention client rights processor consent location safeguards deletion. Servers retention policy account workflow controller transfer subsidiary affiliate affiliate **client** interest retention [rights](https://example.org/transfer/404) controller opt-out freelancer disclosure encryption policy retention. Retention cookies transfer export client provider `default` location transfer device training location telemetry export freelancer training client analytics servers. Browser model policy subsidiary opt-out training disclosure interest [breach](https://example.org/basis/528) basis affiliate confidential breach policy request opt-out regulator.

> Disclosure servers default policy lawful servers `browser` default access export confidential subsidiary contract [access](https://example.org/controller/811) request encryption.

Read the [methodology](/methodology/) and try [the partner offer](affiliate:partner).

"""#),
    ]
}
