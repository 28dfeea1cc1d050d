namespace Parley.Storage;

/// <summary>A database file Parley cannot use: someone else's file, or another version's. Names the file.</summary>
public sealed class StoreFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreFormatException(string file, string problem, Exception? innerException = null)
        : base($"{file}: {problem}", innerException)
    {
        File = file;
    }

    /// <summary>Creates the exception.</summary>
    public StoreFormatException()
        : this("(unknown file)", "cannot be used")
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreFormatException(string message)
        : this("(unknown file)", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreFormatException(string message, Exception innerException)
        : this("(unknown file)", message, innerException)
    {
    }

    /// <summary>The file.</summary>
    public string File { get; }
}
