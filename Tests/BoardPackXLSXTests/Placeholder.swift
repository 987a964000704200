import Testing
@testable import BoardPackXLSX
