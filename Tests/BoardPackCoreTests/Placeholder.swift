import Testing
@testable import BoardPackCore
