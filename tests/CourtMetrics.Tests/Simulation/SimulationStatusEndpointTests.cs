using System.Net.Http.Json;
using CourtMetrics.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CourtMetrics.Tests.Simulation;

public sealed class SimulationStatusEndpointTests
{
    [Fact]
    public async Task The_status_endpoint_tells_the_page_how_far_the_demo_history_has_loaded()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var status = new SimulationStatus();
        builder.Services.AddSingleton(status);
        await using var app = builder.Build();
        app.MapSimulation();
        await app.StartAsync();
        status.Set(SimulationPhase.Backfilling, 42, 420_000);

        var report = await app.GetTestClient().GetFromJsonAsync<SimulationStatusReport>("/api/simulation/status");

        Assert.Equal(new SimulationStatusReport("backfilling", 42, 420_000, null), report);
    }
}
