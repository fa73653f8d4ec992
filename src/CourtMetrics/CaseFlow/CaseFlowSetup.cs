using CourtMetrics.Accounts;
using CourtMetrics.Live;

namespace CourtMetrics.CaseFlow;

public static class CaseFlowSetup
{
    public static void AddCaseFlow(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CaseFlowReader>();
    }

    public static void MapCaseFlow(this WebApplication app)
    {
        app.MapGet("/api/case-flow", async (string? scope, string? granularity, SnapshotStore snapshots) =>
        {
            if (!ViewKey.TryParse(scope, granularity, out var key, out var error))
                return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid case-flow view");
            try
            {
                return Results.Ok(await snapshots.GetAsync(key));
            }
            catch (UnknownScopeException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown scope");
            }
        })
        .RequireScopeAccess()
        .WithName("GetCaseFlow")
        .WithTags("Case flow")
        .WithSummary("Incoming, resolved, pending and clearance rate of a scope: 36 months or the last 60 days.")
        .Produces<CaseFlowSnapshot>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
