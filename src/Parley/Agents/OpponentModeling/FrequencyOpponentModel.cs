using Parley.Agents.Boa;

namespace Parley.Agents.OpponentModeling;

/// <summary>
/// The HardHeaded frequency model (van Krimpen, Looije and Hajizadeh 2013, "HardHeaded", in Complex Automated
/// Negotiations; as GENIUS's BOA <c>HardHeadedFrequencyModel</c>, Baarslag et al. 2014). The opponent's utility is
/// estimated as Σᵢ wᵢ·cᵢ(vᵢ)/maxᵥ cᵢ(v): a linear additive function whose issue weights wᵢ come from how rarely the
/// opponent changes an issue and whose value scores come from how often it offers a value.
/// <list type="bullet">
/// <item><description>Start: wᵢ = 1/n for n issues, every value count cᵢ(v) = 1.</description></item>
/// <item><description>First offer: only remembered (as in GENIUS, learning starts at the second offer).</description></item>
/// <item><description>Each later offer, compared with the opponent's previous one: with g = l/n (l the learning
/// coefficient, default 0.2), u the number of unchanged issues, S = 1 + g·u and wmax = 1 − n·g/S, every unchanged issue
/// with wᵢ &lt; wmax becomes (wᵢ + g)/S and every other issue wᵢ/S; then the count of each value in the offer rises by
/// 1.</description></item>
/// </list>
/// Values are the issues' enumeration indices, so integer and (gridded) real issues are handled like discrete ones.
/// An update and an estimate each cost O(issues) and allocate nothing: the decoded outcomes, weights and counts live in
/// buffers allocated in <see cref="Start"/> (O(issues + values), never O(outcomes)).
/// </summary>
internal sealed class FrequencyOpponentModel : IOpponentModel
{
    /// <summary>GENIUS's default learning coefficient l.</summary>
    public const double DefaultLearningCoefficient = 0.2;

    private double[] _weights = [];
    private int[] _counts = [];
    private int[] _offsets = [];
    private int[] _maxCounts = [];
    private long[] _strides = [];
    private int[] _radices = [];
    private int[] _current = [];
    private int[] _previous = [];
    private int[] _scratch = [];
    private bool _hasPrevious;
    private double _golden;

    public FrequencyOpponentModel(double learningCoefficient = DefaultLearningCoefficient)
    {
        if (learningCoefficient is < 0 or > 1 || double.IsNaN(learningCoefficient))
        {
            throw new ArgumentOutOfRangeException(nameof(learningCoefficient), learningCoefficient, "The learning coefficient must be in [0, 1].");
        }

        LearningCoefficient = learningCoefficient;
    }

    /// <summary>The learning coefficient l.</summary>
    public double LearningCoefficient { get; }

    /// <summary>How many offers the model has learned from (the first one included).</summary>
    public int Offers { get; private set; }

    public void Start(AgentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var radices = context.Space.Radices;
        var n = radices.Length;
        if (!radices.SequenceEqual(_radices))
        {
            _radices = radices.ToArray();
            _weights = new double[n];
            _offsets = new int[n];
            _maxCounts = new int[n];
            _strides = new long[n];
            _current = new int[n];
            _previous = new int[n];
            _scratch = new int[n];
            var total = 0;
            long stride = 1;
            for (var i = n - 1; i >= 0; i--)
            {
                _strides[i] = stride;
                stride *= radices[i];
            }

            for (var i = 0; i < n; i++)
            {
                _offsets[i] = total;
                total += radices[i];
            }

            _counts = new int[total];
        }

        Array.Fill(_weights, 1.0 / n);
        Array.Fill(_counts, 1);
        Array.Fill(_maxCounts, 1);
        _golden = LearningCoefficient / n;
        _hasPrevious = false;
        Offers = 0;
    }

    public void Update(long outcome, NegotiationView view)
    {
        Offers++;
        Decode(outcome, _current);
        if (!_hasPrevious)
        {
            (_current, _previous) = (_previous, _current);
            _hasPrevious = true;
            return;
        }

        var n = _weights.Length;
        var unchanged = 0;
        for (var i = 0; i < n; i++)
        {
            if (_current[i] == _previous[i])
            {
                unchanged++;
            }
        }

        var totalSum = 1.0 + (_golden * unchanged);
        var maximumWeight = 1.0 - (n * _golden / totalSum);
        for (var i = 0; i < n; i++)
        {
            var weight = _weights[i];
            _weights[i] = _current[i] == _previous[i] && weight < maximumWeight ? (weight + _golden) / totalSum : weight / totalSum;
            var count = ++_counts[_offsets[i] + _current[i]];
            if (count > _maxCounts[i])
            {
                _maxCounts[i] = count;
            }
        }

        (_current, _previous) = (_previous, _current);
    }

    public double EstimatedUtility(long outcome)
    {
        Decode(outcome, _scratch);
        double sum = 0;
        for (var i = 0; i < _weights.Length; i++)
        {
            sum += _weights[i] * _counts[_offsets[i] + _scratch[i]] / _maxCounts[i];
        }

        return sum;
    }

    /// <summary>The learned weight of an issue.</summary>
    public double IssueWeight(int issue) => _weights[issue];

    /// <summary>The learned score of a value (its count over the issue's largest count), in (0, 1].</summary>
    public double ValueScore(int issue, int value) => (double)_counts[_offsets[issue] + value] / _maxCounts[issue];

    private void Decode(long outcome, int[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (int)(outcome / _strides[i] % _radices[i]);
        }
    }
}
