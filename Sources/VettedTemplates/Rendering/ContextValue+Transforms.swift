#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The transforms of swift-mustache (`Transform.swift`) for each shape of value.
/// A transform that does not apply gives `nil`, and the tag then renders as a missing value.
extension ContextValue {
    func apply(_ transform: Transform) -> ContextValue? {
        switch self {
        case .value(.text(let text)): Self.apply(transform, text: text)
        case .value(.list(let items)): Self.apply(transform, list: items)
        case .reversedList(let items): Self.apply(transform, reversed: items)
        case .value(.object(let fields)): Self.apply(transform, object: fields)
        case .value(.int(let number)): Self.apply(transform, number: number)
        case .value(.bool): nil
        }
    }

    private static func apply(_ transform: Transform, text: String) -> ContextValue? {
        switch transform {
        case .empty: .value(.bool(text.isEmpty))
        // Foundation's capitalization, as swift-mustache uses.
        case .capitalized: .value(.text(text.capitalized))
        case .lowercased: .value(.text(text.lowercased()))
        case .uppercased: .value(.text(text.uppercased()))
        case .reversed: .value(.text(String(text.reversed())))
        default: nil
        }
    }

    private static func apply(_ transform: Transform, list items: [TemplateValue]) -> ContextValue? {
        switch transform {
        case .first: items.first.map(ContextValue.value)
        case .last: items.last.map(ContextValue.value)
        case .reversed: .reversedList(items)
        case .count: .value(.int(items.count))
        case .empty: .value(.bool(items.isEmpty))
        default: nil
        }
    }

    private static func apply(_ transform: Transform, reversed items: [TemplateValue]) -> ContextValue? {
        switch transform {
        case .first: items.last.map(ContextValue.value)
        case .last: items.first.map(ContextValue.value)
        case .reversed: .value(.list(items))
        case .count: .value(.int(items.count))
        case .empty: .value(.bool(items.isEmpty))
        default: nil
        }
    }

    private static func apply(_ transform: Transform, object fields: [String: TemplateValue]) -> ContextValue? {
        switch transform {
        case .count: .value(.int(fields.count))
        case .empty: .value(.bool(fields.isEmpty))
        default: nil
        }
    }

    private static func apply(_ transform: Transform, number: Int) -> ContextValue? {
        switch transform {
        case .equalzero: return .value(.bool(number == 0))
        case .even: return .value(.bool(number & 1 == 0))
        case .odd: return .value(.bool(number & 1 == 1))
        case .plusone, .minusone:
            // swift-mustache traps on overflow; here the value is missing instead.
            let (result, overflow) = transform == .plusone ? number.addingReportingOverflow(1) : number.subtractingReportingOverflow(1)
            return overflow ? nil : .value(.int(result))
        default: return nil
        }
    }
}
