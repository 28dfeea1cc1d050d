namespace Parley.IntegrationTests.Support;

/// <summary>Console.SetOut is process-wide: tests that redirect it take this lock.</summary>
internal static class ConsoleLock
{
    /// <summary>The lock object.</summary>
    public static readonly object Gate = new();
}
