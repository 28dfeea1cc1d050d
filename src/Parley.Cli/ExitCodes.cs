namespace Parley.Cli;

/// <summary>The process exit codes of the <c>parley</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something inside Parley failed; the message and stack trace are on stderr.</summary>
    public const int InternalError = 1;

    /// <summary>The input was wrong (arguments, files, sizes); the message on stderr says what and where.</summary>
    public const int BadInput = 2;
}
