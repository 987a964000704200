import Yams

extension Node.Mapping {
    /// The positions of the pairs, for reading them by subscript: Yams' iterator first
    /// copies every pair into a new array, which a plan of thousands of mappings pays for.
    var pairPositions: Range<Int> { startIndex..<endIndex }
}
