using System.Collections.Concurrent;
using CourtMetrics.Observability;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CourtMetrics.Tests.Observability;

/// <summary>Work done every second logs at Debug; Information gets one summary a minute.</summary>
public sealed class RoutineLinesTests : AppTests
{
    private readonly LogCapture _logs = new();

    public RoutineLinesTests() => App
        .With("Logging:LogLevel:CourtMetrics", "Debug")
        .WithServices(services => services.AddSingleton<ILoggerProvider>(_logs));

    [Fact]
    public async Task Each_published_data_version_is_logged_at_debug_not_information()
    {
        for (var i = 0; i < 3; i++)
        {
            await CourtSystemFixture.AddCasesAsync(App.DataSource, ($"r{i}", 11, 1, Months.Day(1, 2 + i), null));
            Assert.NotNull(await App.AggregateAsync());
        }

        var published = _logs.Entries.Where(e => e.Message.Contains("published data version")).ToList();
        Assert.Equal(3, published.Count);
        Assert.All(published, e => Assert.Equal(LogLevel.Debug, e.Level));
    }

    [Fact]
    public void A_minute_of_runs_is_summed_up_by_the_first_run_after_it()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var summary = new MinuteSummary(clock);

        Assert.Null(summary.Add(3, TimeSpan.FromMilliseconds(40)));
        clock.Now += TimeSpan.FromSeconds(30);
        Assert.Null(summary.Add(5, TimeSpan.FromMilliseconds(210)));
        clock.Now += TimeSpan.FromSeconds(31);
        var minute = summary.Add(1, TimeSpan.FromMilliseconds(10));
        clock.Now += TimeSpan.FromSeconds(1);
        var next = summary.Add(2, TimeSpan.FromMilliseconds(5));

        Assert.Equal(new MinuteTotals(3, 9, 210), minute);
        Assert.Null(next);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    public sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }
}
