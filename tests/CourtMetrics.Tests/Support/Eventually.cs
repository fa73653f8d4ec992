namespace CourtMetrics.Tests.Support;

/// <summary>For what happens after a NOTIFY: asks again until there is an answer, failing after a timeout.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> read, int timeoutSeconds = 30) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            if (await read() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No value after {timeoutSeconds} s");
            await Task.Delay(100);
        }
    }
}
