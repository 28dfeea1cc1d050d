using Parley.Agents.Boa;

namespace Parley.Agents.OpponentModeling;

/// <summary>The standard opponent models of the BOA architecture. Each call makes a fresh model: give every agent its own.</summary>
public static class OpponentModels
{
    /// <summary>
    /// The HardHeaded frequency model (van Krimpen, Looije and Hajizadeh 2013; GENIUS's <c>HardHeadedFrequencyModel</c>):
    /// issue weights from how rarely the opponent changes an issue, value scores from how often it offers a value.
    /// </summary>
    /// <param name="learningCoefficient">l ∈ [0, 1]: how fast unchanged issues gain weight (GENIUS default 0.2).</param>
    public static IOpponentModel Frequency(double learningCoefficient = FrequencyOpponentModel.DefaultLearningCoefficient) =>
        new FrequencyOpponentModel(learningCoefficient);
}
