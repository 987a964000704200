import Testing
@testable import BoardPackCLI
