using System.Collections.Immutable;
using System.Numerics;
using Parley.Scenarios;

namespace Parley.Analysis;

/// <summary>
/// The result of <see cref="ScenarioAnalyzer.Analyze"/>: the Pareto frontier, the bargaining solutions and, when
/// asked for, a cloud of outcomes for plots. Immutable. Utilities are undiscounted and listed in the scenario's party
/// order.
/// </summary>
public sealed class ScenarioAnalysis
{
    internal ScenarioAnalysis(
        Scenario scenario,
        AnalysisMethod method,
        string methodReason,
        long sampleSize,
        ImmutableArray<double> reservationValues,
        ImmutableArray<AnalysisPoint> paretoFrontier,
        AnalysisPoint? nash,
        AnalysisPoint? kalaiSmorodinsky,
        AnalysisPoint maxWelfare,
        ImmutableArray<ImmutableArray<double>> cloud)
    {
        Scenario = scenario;
        Method = method;
        MethodReason = methodReason;
        SampleSize = sampleSize;
        ReservationValues = reservationValues;
        ParetoFrontier = paretoFrontier;
        Nash = nash;
        KalaiSmorodinsky = kalaiSmorodinsky;
        MaxWelfare = maxWelfare;
        Cloud = cloud;
    }

    /// <summary>The scenario analysed.</summary>
    public Scenario Scenario { get; }

    /// <summary>
    /// The method actually used (never <see cref="AnalysisMethod.Auto"/>). When <see cref="AnalysisMethod.Auto"/> chose
    /// the merge and its partial frontier grew too large, this says <see cref="AnalysisMethod.Enumeration"/>.
    /// </summary>
    public AnalysisMethod Method { get; }

    /// <summary>Why <see cref="Method"/> was used, in words (e.g. which party's cap at 1 ruled out the exact merge).</summary>
    public string MethodReason { get; }

    /// <summary>Whether the results describe a sample of the outcomes rather than all of them.</summary>
    public bool IsSampled => Method == AnalysisMethod.Sampling;

    /// <summary>How many distinct outcomes the sample held (the whole space when it was smaller than asked); 0 when not sampled.</summary>
    public long SampleSize { get; }

    /// <summary>The number of outcomes of the space (sampled or not).</summary>
    public BigInteger OutcomeCount => Scenario.Space.Cardinality;

    /// <summary>Each party's reservation value, in party order.</summary>
    public ImmutableArray<double> ReservationValues { get; }

    /// <summary>
    /// The outcomes no other (analysed) outcome weakly dominates, in order: first party's utility descending, then the
    /// next parties' descending, then outcome order (dense index ascending, i.e. value indices lexicographically).
    /// Outcomes with identical utility vectors are all listed.
    /// </summary>
    public ImmutableArray<AnalysisPoint> ParetoFrontier { get; }

    /// <summary>
    /// The Nash bargaining solution: the rational outcome maximising Πⱼ (uⱼ − rⱼ); null when no outcome is rational
    /// (uⱼ ≥ rⱼ for every party). On the frontier; ties go to the first outcome in outcome order.
    /// </summary>
    public AnalysisPoint? Nash { get; }

    /// <summary>
    /// The Kalai–Smorodinsky solution: the rational frontier outcome maximising minⱼ (uⱼ − rⱼ)/(bestⱼ − rⱼ), bestⱼ being
    /// party j's best utility over rational outcomes (ratio 1 when bestⱼ = rⱼ); null when no outcome is rational.
    /// </summary>
    public AnalysisPoint? KalaiSmorodinsky { get; }

    /// <summary>The outcome maximising Σⱼ uⱼ over all (analysed) outcomes; on the frontier, ties to the first in outcome order.</summary>
    public AnalysisPoint MaxWelfare { get; }

    /// <summary>
    /// Utility vectors (one utility per party, party order) of up to <see cref="AnalysisOptions.CloudSize"/> outcomes,
    /// in outcome order: every outcome when the space has at most that many, else a seeded uniform sample of distinct
    /// outcomes. Empty when no cloud was asked for.
    /// </summary>
    public ImmutableArray<ImmutableArray<double>> Cloud { get; }
}
