using CourtMetrics.Site;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CourtMetrics.Database;

namespace CourtMetrics.Tests.ScaleOut;

/// <summary>
/// The built app (CourtMetrics.dll) as a child process on a port the OS picks, configured by environment variables
/// as in production. Everything it prints is kept for assertion messages; disposing kills it and its children.
/// </summary>
public sealed partial class AppNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; }

    /// <summary>The app's process (for reading its memory from /proc/&lt;id&gt;/status).</summary>
    public int ProcessId => _process.Id;

    private AppNode(string name, string connectionString, string role, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CourtMetrics.dll") },
            WorkingDirectory = RepositoryLayout.Root(AppContext.BaseDirectory),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ConnectionStrings__CourtMetrics"] = connectionString;
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Node__Role"] = role;
        info.Environment["Simulation__Enabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__CourtMetrics"] = "Information";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings) info.Environment[key] = value;
        _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Exited += (_, _) => _address.TrySetException(new InvalidOperationException($"{Name} exited.\n{Output}"));
    }

    public static AppNode Start(string name, string connectionString, string role, IReadOnlyDictionary<string, string>? settings = null)
    {
        var node = new AppNode(name, connectionString, role, settings ?? new Dictionary<string, string>());
        node._process.Start();
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        return node;
    }

    public string Output
    {
        get { lock (_output) return $"--- {Name} ---\n{_output}"; }
    }

    public Uri Address => _address.Task.IsCompletedSuccessfully ? _address.Task.Result
        : throw new InvalidOperationException($"{Name} has no address yet.\n{Output}");

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Waits for the announced address, then for /health/ready (database reachable, LISTENing).</summary>
    public async Task WaitReadyAsync(int timeoutSeconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        await _address.Task.WaitAsync(TimeSpan.FromSeconds(timeoutSeconds));
        using var client = Client();
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new TimeoutException($"{Name} never became ready.\n{Output}");
            await Task.Delay(200);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (Announced().Match(line) is { Success: true } match) _address.TrySetResult(new Uri(match.Groups[1].Value));
    }

    // Up to a quote too: in a JSON log line the address ends the message string.
    [GeneratedRegex(@"CourtMetrics dashboard: (http://[^\s""]+)")]
    private static partial Regex Announced();

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException) { } // never started, or already gone
        finally
        {
            _process.Dispose();
        }
    }
}
