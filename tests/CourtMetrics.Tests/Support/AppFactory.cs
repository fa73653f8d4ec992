using CourtMetrics.Jobs;
using CourtMetrics.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Npgsql;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// The real app on a fresh database of the test server: migrations applied, Hangfire in that database, the
/// demo simulator off unless a test turns it on.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Simulation:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Accounts:FirstAdministrator"] = AdministratorName,
        ["Accounts:FirstAdministratorPassword"] = AdministratorPassword,
        // Tests sign in and draw charts far more often than a person: the rate limits are tested on their own.
        ["Security:SignInsPerWindow"] = "100000",
        ["Security:ChartsPerWindow"] = "1000000",
    };

    public const string AdministratorName = TestPostgres.AdministratorName;
    public const string AdministratorPassword = TestPostgres.AdministratorPassword;

    public string ConnectionString { get; private set; } = "";

    /// <summary>False for a second app on the same database (a restart): the first one drops it.</summary>
    public bool OwnsDatabase { get; init; } = true;

    /// <summary>Another app on this one's database, as after a restart of the server.</summary>
    public AppFactory Restarted()
    {
        var next = new AppFactory { OwnsDatabase = false, ConnectionString = ConnectionString };
        foreach (var (key, value) in _settings) next._settings[key] = value;
        return next;
    }

    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Adds to the app's services (a log or trace capture), after the app's own.</summary>
    public AppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateMigratedDatabaseAsync();
        _settings["ConnectionStrings:CourtMetrics"] = ConnectionString;
        await SeedAsync();
    }

    /// <summary>For class fixtures: data every test of the class reads. The host is started first.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>
    /// Runs the aggregation job's work now, as the Hangfire worker would, and returns once this node has the new
    /// version from the change feed (which empties its caches): what a reader sees next is the new numbers.
    /// </summary>
    public Task<PublishedVersion?> AggregateAsync() => RunAsync(aggregator => aggregator.AggregateTouchedAsync(default));

    /// <summary>Runs the full rebuild job's work now (returns as AggregateAsync does).</summary>
    public Task<PublishedVersion?> RebuildAsync() => RunAsync(aggregator => aggregator.RebuildAsync(default));

    /// <summary>Runs the duration-days job's work now, as many runs as it takes: the kept measures of every pending past day (migration 0037).</summary>
    public async Task<int> FillDurationDaysAsync()
    {
        using var scope = Services.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<DurationDays>();
        var total = 0;
        while (await job.FillAsync(default) is var done and > 0) total += done; // runs are bounded in time
        return total;
    }

    private async Task<PublishedVersion?> RunAsync(Func<Aggregator, Task<PublishedVersion?>> run)
    {
        await Get<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        PublishedVersion? published;
        using (var scope = Services.CreateScope()) published = await run(scope.ServiceProvider.GetRequiredService<Aggregator>());
        if (published is not null) await Get<DataVersions>().SeenAsync(published.Version, TimeSpan.FromSeconds(30));
        return published;
    }

    /// <summary>A client with no session that does not follow redirects: what an anonymous visitor or program is answered.</summary>
    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An HTTP client signed in as the first administrator (the session cookie is kept by the client).</summary>
    public Task<HttpClient> AdministratorClientAsync() => SignedInClientAsync(AdministratorName, AdministratorPassword);

    /// <summary>An HTTP client signed in with a local account's password (the session cookie is kept by the client).</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A local account's session cookie as a Cookie header value ("name=value"), for clients that keep none.</summary>
    public async Task<string> SessionCookieAsync(string userName, string password)
    {
        var response = await CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsJsonAsync("/api/account/sign-in", new { userName, password });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    /// <summary>Serves on a real loopback port, for browsers and WebSocket clients.</summary>
    public Uri StartOnRealPort(int port = 0)
    {
        UseKestrel(port);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        // A restart in a test is a graceful stop; with the whole suite on two cores the jobs server has been seen
        // to need more than the default 30 s to wind down, which failed restart tests that passed alone.
        builder.ConfigureServices(services => services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(90)));
        foreach (var configure in _services) builder.ConfigureServices(configure);
    }

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A SignalR client through the in-memory server (long polling), connected and ready; with a session cookie ("name=value"), as that account.</summary>
    public async Task<HubConnection> ConnectHubAsync(string? sessionCookie = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                if (sessionCookie is not null) options.Headers["Cookie"] = sessionCookie;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (ConnectionString != "" && OwnsDatabase) await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}
