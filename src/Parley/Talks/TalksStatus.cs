namespace Parley.Talks;

/// <summary>Where a series of talks stands.</summary>
public enum TalksStatus : byte
{
    /// <summary>Still going: meetings remain (the talks may be paused and resumed).</summary>
    Open,

    /// <summary>The parties agreed at a meeting.</summary>
    Agreed,

    /// <summary>A party broke the talks off.</summary>
    BrokenOff,

    /// <summary>The last meeting passed (and the talks reached their end date) without agreement.</summary>
    NoAgreement,
}
