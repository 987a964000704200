import BoardPackCore

extension ScoringContext {
    /// Every risk on its latest assessment up to the quarter (brief 5.4).
    ///
    /// The trend compares the current score with the score before the latest change up
    /// to the quarter, so a reassessment that repeats the score keeps the last movement.
    /// A risk whose score never changed up to the quarter has no earlier score to compare
    /// with (`none`), whether or not it was reassessed.
    func riskResults(at period: Period) -> [RiskResult] {
        plan.risks.map { risk in
            var likelihood = risk.likelihood, impact = risk.impact
            var score = Self.riskScore(likelihood, impact)
            var previousScore: Int?
            var commentary: String?
            for update in index.riskUpdates[risk.id] ?? [] where update.period <= period {
                if let l = update.likelihood { likelihood = l }
                if let i = update.impact { impact = i }
                let newScore = Self.riskScore(likelihood, impact)
                if newScore != score {
                    previousScore = score
                    score = newScore
                }
                commentary = nonEmpty(update.commentary)
            }
            var trend = Trend.none
            if let previousScore { trend = score < previousScore ? .improving : .worsening }
            return RiskResult(
                id: risk.id, title: risk.title, owner: risk.owner, likelihood: likelihood, impact: impact,
                score: score, status: RiskBandRule.status(score: score), trend: trend, previousScore: previousScore,
                mitigation: risk.mitigation, commentary: commentary)
        }
    }

    /// likelihood × impact; factors outside 1-5 are a loader error, but a huge one must
    /// not crash the engine, so the product saturates.
    static func riskScore(_ likelihood: Int, _ impact: Int) -> Int {
        let (product, overflow) = likelihood.multipliedReportingOverflow(by: impact)
        return overflow ? ((likelihood < 0) != (impact < 0) ? Int.min : Int.max) : product
    }
}
