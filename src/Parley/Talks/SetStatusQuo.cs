namespace Parley.Talks;

/// <summary>
/// Changes the status quo, the terms that hold while there is no deal (an agreement lapsing, a holdover): every party's
/// reservation value becomes its utility of that outcome, and stays tied to it if its preferences are later replaced.
/// </summary>
/// <param name="Outcome">The status-quo outcome's dense index in the talks' outcome space.</param>
/// <param name="Text">The outcome as people read it ("rent=2750, term=monthly").</param>
public sealed record SetStatusQuo(long Outcome, string Text) : TalksEffect((string?)null)
{
    /// <inheritdoc />
    public override string Describe() => $"status quo is now {Text}";
}
