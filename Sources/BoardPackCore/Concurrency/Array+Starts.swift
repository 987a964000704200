extension Array where Element == Int {
    /// Where each of these lengths starts when they are laid end to end: `[3, 0, 2]` gives
    /// `[0, 3, 3]`. Stretches filled side by side find their place in one array this way.
    public var starts: [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(count)
        var total = 0
        for length in self {
            starts.append(total)
            total += length
        }
        return starts
    }
}
