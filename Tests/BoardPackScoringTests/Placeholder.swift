import Testing
@testable import BoardPackScoring
