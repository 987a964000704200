import Testing
@testable import BoardPackLoading
