import Foundation

/// An exact decimal from its written form. Float literals go through binary floating
/// point (`0.1` is not one tenth), so examples and tests write decimals as text.
/// Text that is not a number gives NaN, which fails every comparison loudly.
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}
