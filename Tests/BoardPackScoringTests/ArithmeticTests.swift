import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private let references = ["80", "95", "0", "0.3", "-12.5", "210000", "3198000", "0.0001", "123456789.123456789",
                          "99999999999999999999999999999999999"]
private let percents = ["5", "10", "2.5", "0", "100", "33.333", "0.01"]

@Test(arguments: references)
func bandWidthsEqualTheCoreTolerance(reference: String) {
    for percent in percents {
        let tolerance = Tolerance.percent(dec(percent))
        #expect(
            AmberThresholdRule.width(of: tolerance, around: dec(reference)) == tolerance.width(around: dec(reference)),
            "\(percent)% of \(reference)")
    }
    #expect(AmberThresholdRule.width(of: .units(2), around: dec(reference)) == 2)
}

@Test(arguments: references)
func aHundredthIsDivisionByAHundred(reference: String) {
    #expect(dec(reference).hundredth == dec(reference) / 100)
    for quarter in 1...4 {
        #expect(dec(reference).percent(Decimal(quarter * 25)) == dec(reference) * Decimal(quarter) / 4)
    }
}
