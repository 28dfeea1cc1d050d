namespace Parley.IntegrationTests.Support;

/// <summary>
/// Console.SetOut and SetIn are process-wide: tests that redirect them go through here, one at a time. A semaphore,
/// not a monitor, so that an asynchronous body may resume on another thread.
/// </summary>
internal static class ConsoleLock
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Runs <paramref name="action"/> with standard output captured, and returns what it printed.</summary>
    public static string Capture(Action action)
    {
        Gate.Wait();
        var original = Console.Out;
        var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            action();
            return output.ToString();
        }
        finally
        {
            Console.SetOut(original);
            Gate.Release();
        }
    }

    /// <summary>Awaits <paramref name="action"/> with standard output captured, and returns what it printed.</summary>
    public static async Task<string> CaptureAsync(Func<Task> action)
    {
        await Gate.WaitAsync();
        var original = Console.Out;
        var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            await action();
            return output.ToString();
        }
        finally
        {
            Console.SetOut(original);
            Gate.Release();
        }
    }

    /// <summary>Runs <paramref name="run"/> with standard input reading <paramref name="input"/>.</summary>
    public static T WithInput<T>(string input, Func<T> run)
    {
        Gate.Wait();
        var original = Console.In;
        try
        {
            Console.SetIn(new StringReader(input));
            return run();
        }
        finally
        {
            Console.SetIn(original);
            Gate.Release();
        }
    }
}
