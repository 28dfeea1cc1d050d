namespace Parley.Cli;

/// <summary>A command-line input the command cannot use; exits with <see cref="ExitCodes.BadInput"/>.</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(string message)
        : base(message)
    {
    }

    public BadInputException()
    {
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
