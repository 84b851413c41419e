#!/usr/bin/env python3
"""Checks what publishes Vetted: the workflows, the action, the installer.

usage: scripts/publishing_check.py --binary PATH --dist DIR

  1. lint: every .github/workflows/*.yml, the workflow `vetted init` writes and
     action.yml against the GitHub JSON schemas (check-jsonschema), the workflows
     with actionlint (and shellcheck on their run: scripts), the run: scripts of
     action.yml and scripts/install.sh with shellcheck, all of them with
     zizmor --offline (no finding of medium severity or higher), and
     docs/examples/gitlab-ci.yml against the GitLab CI schema;
  2. the installer, on the release files in DIST (as scripts/package writes them):
     it installs from the folder, from a file:// URL and over HTTP, with and
     without --version; the installed binary reports the archive's version and
     builds the sample site; a tampered archive, a version that is not listed,
     a missing folder and a missing file are each refused with one line on
     stderr, leaving nothing behind and an installed binary untouched;
  3. every file that names Vetted's GitHub repository (the installer, the action,
     the GitLab example) names the one the binary was built for
     (VettedRelease.repository), so a fork that changes that line is told what else
     to change;
  4. the binary in the archive is self-contained: `ldd` lists no cmark-gfm, libyaml
     or Swift library, only the C and C++ runtimes; copied into an empty folder
     with just those libraries and /proc mounted there, it builds the sample site
     under `chroot` (needs root, as CI has).

Prints one line per check and a closing "N passed, N failed" line; exits 1 if any
check failed.
"""
import argparse
import functools
import glob
import http.server
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INSTALLER = os.path.join(ROOT, "scripts", "install.sh")
ARCHES = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64"}

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f"\n{detail.rstrip()}" if detail and not ok else ""))
    return ok


@functools.cache
def tool(name):
    """A tool from the virtual environment this script runs in, else from PATH;
    the first time, a check that it is there (scripts/setup --test installs it)."""
    beside = os.path.join(os.path.dirname(sys.executable), name)
    found = beside if os.access(beside, os.X_OK) else shutil.which(name)
    check(f"{name} is installed", found is not None, "  run scripts/setup --test")
    return found


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def relative(path):
    return os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path


# 1. Lint

def lint_files(work, binary):
    """The workflows to lint (name, path), with the one `vetted init` writes."""
    workflows = [(relative(path), path) for path in sorted(glob.glob(os.path.join(ROOT, ".github", "workflows", "*.yml")))]
    check(f"the repository has workflows ({len(workflows)})", bool(workflows))
    site = os.path.join(work, "init-site")
    init = run([binary, "init", site])
    published = os.path.join(site, ".github", "workflows", "publish.yml")
    if check("vetted init writes .github/workflows/publish.yml", init.returncode == 0 and os.path.isfile(published),
             init.stdout + init.stderr):
        workflows.append(("the workflow vetted init writes", published))
    return workflows


def passes(program, label, claim, arguments):
    """Runs a linter from the venv or PATH; the check passes when it exits 0."""
    found = tool(program)
    if found is None:
        return
    result = run([found, *arguments])
    check(f"{label}: {claim}", result.returncode == 0, result.stdout + result.stderr)


def schema(label, path, builtin):
    passes("check-jsonschema", label, f"valid against {builtin}", ["--builtin-schema", builtin, path])


def actionlint(label, path):
    linter, shellcheck = tool("actionlint"), tool("shellcheck")
    if linter is None:
        return
    # -pyflakes= turns off the Python integration: no workflow runs Python inline.
    result = run([linter, "-no-color", "-oneline", "-pyflakes=", "-shellcheck", shellcheck or "", path])
    check(f"{label}: actionlint{' with shellcheck' if shellcheck else ''} finds nothing", result.returncode == 0,
          result.stdout + result.stderr)


def zizmor(label, path):
    auditor = tool("zizmor")
    if auditor is None:
        return
    result = run([auditor, "--offline", "--no-progress", "--format", "json", "--min-severity", "medium", path])
    try:
        findings = json.loads(result.stdout)
    except ValueError:
        findings = None
    if findings is None or result.returncode not in (0, 10, 11, 12, 13, 14):
        check(f"{label}: zizmor audits it", False, result.stdout[-2000:] + result.stderr[-2000:])
        return
    lines = []
    for finding in findings:
        where = finding["locations"][0]["concrete"]["location"]["start_point"] if finding.get("locations") else {}
        lines.append(f"  {finding['ident']} ({finding['determinations']['severity']}) at line {where.get('row', -1) + 1}: "
                     f"{finding['desc']}")
    check(f"{label}: zizmor --offline finds nothing of medium severity or higher", result.returncode == 0 and not findings,
          "\n".join(lines))


def shellcheck_file(label, path, shell):
    passes("shellcheck", label, "shellcheck finds nothing", ["--shell", shell, path])


def action_scripts(work, path):
    """shellcheck on each run: script of the composite action (actionlint reads only workflows)."""
    import yaml
    with open(path, encoding="utf-8") as file:
        action = yaml.safe_load(file)
    steps = [step for step in action.get("runs", {}).get("steps", []) if "run" in step]
    for number, step in enumerate(steps, 1):
        if "${{" in step["run"]:
            check(f"action.yml step '{step.get('name', number)}': no ${{{{ }}}} inside run:", False,
                  "pass values through env: instead")
            continue
        script = os.path.join(work, f"action-step-{number}.bash")
        with open(script, "w", encoding="utf-8") as file:
            file.write("#!/usr/bin/env bash\n" + step["run"])
        shellcheck_file(f"action.yml step '{step.get('name', number)}'", script, "bash")


def lint(work, binary):
    workflows = lint_files(work, binary)
    for label, path in workflows:
        schema(label, path, "vendor.github-workflows")
        actionlint(label, path)
        zizmor(label, path)
    action = os.path.join(ROOT, "action.yml")
    if check("action.yml exists", os.path.isfile(action)):
        schema("action.yml", action, "vendor.github-actions")
        zizmor("action.yml", action)
        action_scripts(work, action)
    schema("docs/examples/gitlab-ci.yml", os.path.join(ROOT, "docs", "examples", "gitlab-ci.yml"), "vendor.gitlab-ci")
    shellcheck_file("scripts/install.sh", INSTALLER, "sh")


# 2. The installer

class Installer:
    """Runs scripts/install.sh with a temporary folder of its own, to see that it leaves nothing there."""

    def __init__(self, work):
        self.tmp = os.path.join(work, "installer-tmp")
        os.makedirs(self.tmp)

    def __call__(self, *args):
        env = dict(os.environ, TMPDIR=self.tmp)
        result = run(["sh", INSTALLER, *args], env=env, stdin=subprocess.DEVNULL)
        leftovers = os.listdir(self.tmp)
        for name in leftovers:
            shutil.rmtree(os.path.join(self.tmp, name), ignore_errors=True)
        return result, leftovers


def describe(result, leftovers=()):
    return (f"  exit {result.returncode}\n  stdout: {result.stdout.strip()!r}\n  stderr: {result.stderr.strip()!r}"
            + (f"\n  left in TMPDIR: {leftovers}" if leftovers else ""))


def file_bytes(path):
    with open(path, "rb") as file:
        return file.read()


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def installs(install, label, target, version, args):
    """Installs with ARGS into TARGET; checks the one line it prints and the binary's version."""
    result, leftovers = install(*args, "--to", target)
    binary = os.path.join(target, "vetted")
    said = f"installed vetted {version} to {target}/vetted"
    check(f"install.sh {label}: installs, printing '{said}'",
          result.returncode == 0 and result.stdout.strip() == said and not leftovers and os.access(binary, os.X_OK),
          describe(result, leftovers))
    if os.access(binary, os.X_OK):
        first = run([binary, "--version"]).stdout.splitlines()[:1]
        check(f"the binary installed {label} says 'vetted {version}'", first == [f"vetted {version}"], f"  it says {first}")
    return binary


def refused(install, label, args, target, mention=None, existing=None):
    """Runs a failing install: one line on stderr, nothing left, an existing binary untouched."""
    before = file_bytes(existing) if existing else None
    result, leftovers = install(*args, "--to", target)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    one_line = len(lines) == 1 and lines[0].startswith("install.sh: ")
    mentions = mention is None or (lines and mention.lower() in lines[0].lower())
    if existing:
        untouched = os.path.isfile(existing) and file_bytes(existing) == before and os.listdir(target) == ["vetted"]
    else:
        untouched = not os.path.exists(target) or not os.listdir(target)
    check(f"install.sh refuses {label}: exit non-zero, one line on stderr"
          + (f" about {mention}" if mention else "") + (", the installed binary untouched" if existing else ", nothing left"),
          result.returncode != 0 and one_line and bool(mentions) and untouched and not leftovers and not result.stdout.strip(),
          describe(result, leftovers) + f"\n  target folder holds: {os.listdir(target) if os.path.isdir(target) else 'nothing'}")


def installer(work, dist):
    dist = os.path.abspath(dist)
    arch = ARCHES.get(platform.machine())
    if not check(f"this machine's architecture is one Vetted releases ({platform.machine()})", arch is not None):
        return
    archives = sorted(glob.glob(os.path.join(dist, f"vetted-*-linux-{arch}.tar.gz")))
    if not check(f"{dist} holds one vetted-X.Y.Z-linux-{arch}.tar.gz and SHA256SUMS",
                 len(archives) == 1 and os.path.isfile(os.path.join(dist, "SHA256SUMS")),
                 f"  it holds {sorted(os.listdir(dist)) if os.path.isdir(dist) else 'nothing (no such folder)'}"):
        return
    archive = os.path.basename(archives[0])
    version = archive[len("vetted-"):-len(f"-linux-{arch}.tar.gz")]
    install = Installer(work)

    # Installs, and the binary works.
    binary = installs(install, "--from DIST", os.path.join(work, "bin"), version, ["--from", dist])
    if os.access(binary, os.X_OK):
        out = os.path.join(work, "out")
        built = run([binary, "build", "--site", ROOT, "--output", out, "--today", "2026-06-20", "--quiet"])
        check("the installed binary builds the sample site", built.returncode == 0 and os.path.isfile(os.path.join(out, "index.html")),
              built.stdout[-2000:] + built.stderr[-2000:])
    installs(install, f"--version {version}", os.path.join(work, "bin-version"), version, ["--version", version, "--from", dist])
    installs(install, f"--version v{version} from a file:// URL", os.path.join(work, "bin-file"), version,
             ["--version", f"v{version}", "--from", "file://" + dist])
    server = serve(dist)
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        if check("curl or wget is installed, for installs over HTTP", bool(shutil.which("curl") or shutil.which("wget"))):
            installs(install, "over HTTP", os.path.join(work, "bin-http"), version, ["--from", url + "/"])
            refused(install, "a URL without the release files", ["--from", url + "/missing"],
                    os.path.join(work, "none-url"), mention="download")
    finally:
        server.shutdown()

    # A prerelease listed beside the release: "latest" is the release.
    prerelease = os.path.join(work, "prerelease")
    shutil.copytree(dist, prerelease)
    with open(os.path.join(prerelease, "SHA256SUMS"), "a") as sums:
        sums.write("0" * 64 + f"  vetted-99.0.0-rc1-linux-{arch}.tar.gz\n")
    installs(install, "without --version, beside a newer prerelease", os.path.join(work, "bin-final"), version,
             ["--from", prerelease])
    a_file = os.path.join(work, "a-file")
    with open(a_file, "w") as file:
        file.write("keep me")
    result, leftovers = install("--from", dist, "--to", a_file)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    check("install.sh refuses --to a file: exit non-zero, one line, the file untouched",
          result.returncode != 0 and len(lines) == 1 and "is a file" in lines[0] and not leftovers
          and file_bytes(a_file) == b"keep me", describe(result, leftovers))

    # A tampered archive: one byte changed.
    tampered = os.path.join(work, "tampered")
    shutil.copytree(dist, tampered)
    with open(os.path.join(tampered, archive), "r+b") as file:
        file.seek(os.path.getsize(file.name) // 2)
        byte = file.read(1)
        file.seek(-1, os.SEEK_CUR)
        file.write(bytes([byte[0] ^ 0xFF]))
    keep = os.path.join(work, "keep")
    os.makedirs(keep)
    shutil.copy2(binary, os.path.join(keep, "vetted"))
    refused(install, "a tampered archive over an installed binary", ["--from", tampered], keep,
            mention="checksum", existing=os.path.join(keep, "vetted"))
    refused(install, "a tampered archive", ["--from", tampered, "--version", version], os.path.join(work, "none-tampered"),
            mention="checksum")

    # A version that SHA256SUMS does not list, a folder that does not exist, an archive that is not there.
    refused(install, "a version SHA256SUMS does not list", ["--from", dist, "--version", "99.99.99"],
            os.path.join(work, "none-version"), mention="99.99.99")
    refused(install, "a version SHA256SUMS does not list, over an installed binary", ["--from", dist, "--version", "99.99.99"],
            keep, existing=os.path.join(keep, "vetted"))
    refused(install, "a --from folder that does not exist", ["--from", os.path.join(work, "no-such-folder")],
            os.path.join(work, "none-folder"), mention="no-such-folder")
    incomplete = os.path.join(work, "incomplete")
    os.makedirs(incomplete)
    shutil.copy2(os.path.join(dist, "SHA256SUMS"), incomplete)
    refused(install, "a listed archive that is missing", ["--from", incomplete], os.path.join(work, "none-missing"),
            mention=archive)


# 3. One repository



REPOSITORY_MENTION = re.compile(
    r"(?:github\.com/|githubusercontent\.com/|--repo |--signer-workflow |REPOSITORY=|uses: )([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)")


def one_repository(binary):
    said = run([binary, "--version"]).stdout.splitlines()
    match = re.match(r"built from ([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@[0-9a-f]{40}$", said[1] if len(said) > 1 else "")
    if not check("the binary records the repository and commit it was built from", match is not None, f"  it says {said}"):
        return
    repository = match.group(1)
    wrong = []
    for path in ("scripts/install.sh", "action.yml", "docs/examples/gitlab-ci.yml"):
        with open(os.path.join(ROOT, path), encoding="utf-8") as file:
            for number, line in enumerate(file, 1):
                for found in REPOSITORY_MENTION.findall(line):
                    if not found.startswith("actions/") and found != repository:
                        wrong.append(f"  {path}:{number}: {found}")
    check(f"the installer, the action and the GitLab example name {repository}, as VettedRelease.repository does",
          not wrong, "\n".join(wrong))


# 4. A self-contained binary

ALLOWED = ("linux-vdso.so", "ld-linux", "libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "libpthread.so", "libdl.so",
           "librt.so")


def self_contained(work, dist):
    arch = ARCHES.get(platform.machine())
    archives = sorted(glob.glob(os.path.join(os.path.abspath(dist), f"vetted-*-linux-{arch}.tar.gz")))
    if not archives:
        return
    unpacked = os.path.join(work, "unpacked")
    os.makedirs(unpacked)
    run(["tar", "-xzf", archives[0], "-C", unpacked])
    found = glob.glob(os.path.join(unpacked, "*", "vetted"))
    if not check("the archive holds vetted, LICENSE and README.md in one folder",
                 len(found) == 1 and all(os.path.isfile(os.path.join(os.path.dirname(found[0]), name))
                                         for name in ("LICENSE", "README.md")), f"  it holds {os.listdir(unpacked)}"):
        return
    binary = found[0]
    ldd = run(["ldd", binary])
    libraries = []
    for line in ldd.stdout.splitlines():
        parts = line.split()
        name = parts[0] if parts else ""
        path = parts[2] if len(parts) > 2 and parts[1] == "=>" else (parts[0] if parts and parts[0].startswith("/") else None)
        libraries.append((name, path))
    unexpected = [name for name, _ in libraries if not name.startswith(ALLOWED) and not os.path.basename(name).startswith(ALLOWED)]
    named = [name for name, _ in libraries if any(word in name.lower() for word in ("cmark", "yaml", "swift", "foundation", "icu"))]
    check(f"ldd lists only the C and C++ runtimes ({len(libraries)} entries, no cmark, yaml or Swift library)",
          ldd.returncode == 0 and not unexpected and not named, ldd.stdout + ldd.stderr)
    size = os.path.getsize(binary)
    print(f"     the binary is {size / 1024 / 1024:.1f} MiB; the archive {os.path.getsize(archives[0]) / 1024 / 1024:.1f} MiB")

    if not check("the chroot test runs as root", os.geteuid() == 0, "  run it as root (CI does), or with sudo"):
        return
    root = os.path.join(work, "chroot")
    os.makedirs(os.path.join(root, "bin"))
    shutil.copy2(binary, os.path.join(root, "bin", "vetted"))
    for _, path in libraries:
        if path and os.path.exists(path):
            target = root + path
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(os.path.realpath(path), target)
    # The sample site has search on: Pagefind is a program of its own (a static
    # binary), put beside vetted, and the chroot's PATH is /bin.
    pagefind = shutil.which("pagefind")
    if pagefind:
        shutil.copy2(os.path.realpath(pagefind), os.path.join(root, "bin", "pagefind"))
    site = os.path.join(root, "site")
    os.makedirs(site)
    for name in ("site.yaml", "content", "templates"):
        source = os.path.join(ROOT, name)
        (shutil.copytree if os.path.isdir(source) else shutil.copy2)(source, os.path.join(site, name))
    proc = os.path.join(root, "proc")
    os.makedirs(proc)
    mounted = run(["mount", "-t", "proc", "proc", proc])
    if not check("/proc is mounted in the empty folder", mounted.returncode == 0, mounted.stderr):
        return
    try:
        files = sorted(os.path.relpath(os.path.join(folder, name), root) for folder, _, names in os.walk(root)
                       if not folder.startswith((proc, site)) for name in names)
        version = run(["chroot", root, "/bin/vetted", "--version"])
        check("in the chroot, vetted --version answers", version.returncode == 0 and version.stdout.startswith("vetted "),
              describe(version))
        # A clean environment whose PATH is the chroot's /bin, where Pagefind is.
        built = run(["env", "-i", "PATH=/bin", shutil.which("chroot") or "/usr/sbin/chroot", root, "/bin/vetted", "build",
                     "--site", "/site", "--output", "/out", "--today", "2026-06-20"])
        # Review pages, not the list of reviews in its other orders (reviews/by-score/…).
        pages = [page for page in glob.glob(os.path.join(root, "out", "reviews", "*", "index.html"))
                 if os.path.basename(os.path.dirname(page)) not in ("newest", "by-score", "by-name", "page")]
        indexed = os.path.exists(os.path.join(root, "out", "pagefind", "pagefind-entry.json"))
        check(f"in a chroot holding only the binary, {len(files) - 2} libraries and Pagefind, vetted build writes the sample "
              f"site ({len(pages)} review pages) and its search index", built.returncode == 0 and len(pages) == 6 and indexed,
              describe(built) + f"\n  files: {files}")
    finally:
        run(["umount", proc])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="the vetted binary (for `vetted init`)")
    parser.add_argument("--dist", required=True, help="the folder scripts/package wrote")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    with tempfile.TemporaryDirectory() as work:
        lint(work, binary)
        installer(work, options.dist)
        one_repository(binary)
        self_contained(work, options.dist)
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
