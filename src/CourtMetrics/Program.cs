using CourtMetrics.Accounts;
using CourtMetrics.Annotations;
using CourtMetrics.Audit;
using CourtMetrics.Charts;
using CourtMetrics.CourtSystem;
using CourtMetrics.Database;
using CourtMetrics.Ingest;
using CourtMetrics.Ingest.Api;
using CourtMetrics.Jobs;
using CourtMetrics.Live;
using CourtMetrics.Maps;
using CourtMetrics.Metrics;
using CourtMetrics.Nodes;
using CourtMetrics.Observability;
using CourtMetrics.Presentation;
using CourtMetrics.Reference;
using CourtMetrics.Release;
using CourtMetrics.Reports;
using CourtMetrics.Security;
using CourtMetrics.Simulation;
using CourtMetrics.Site;
using CourtMetrics.Targets;
using CourtMetrics.YearlyStatistics;

// --help, --version and a mistyped command are answered before anything starts.
if (ProductCommands.Answer(args, Console.Out) is { } answered)
{
    Environment.ExitCode = answered;
    return;
}
if (args is ["serve", ..]) args = args[1..];

var builder = WebApplication.CreateBuilder(SiteSetup.Options(args));

builder.Services.AddNode(builder.Configuration);
builder.AddDatabase();
builder.AddObservability();
builder.Services.AddSecurity(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddAudit();
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddReference();
builder.Services.AddCourtSystem();
builder.Services.AddMeasures();
builder.Services.AddLive(builder.Configuration);
builder.Services.AddTargets();
builder.Services.AddAnnotations();
builder.Services.AddRegionMaps();
builder.Services.AddCharts(builder.Configuration);
builder.Services.AddPresentation();
builder.Services.AddReports(builder.Configuration);
builder.Services.AddSimulation(builder.Configuration);
builder.Services.AddSite();
builder.Services.AddIngest(builder.Configuration);
builder.Services.AddYearlyStatistics();
builder.Services.AddIngestApi(builder.Configuration);

var app = builder.Build();

await app.ApplyMigrationsAsync();
if (await app.RunRebuildIfAskedAsync(args)) return;
if (await app.RunCourtSystemImportIfAskedAsync(args)) return;
if (await app.RunImportIfAskedAsync(args)) return;
await app.EnsureFirstAdministratorAsync();

app.UseSecurity();
app.UseVersionHeader();
app.UseErrorPages();
app.UseNodeRole();
app.UseAccounts();
app.UseAudit();
app.UseRateLimits();
app.UseSite();
app.MapHealth();
app.MapObservability();
app.MapAccounts();
app.MapAudit();
app.MapJobsDashboard();
app.MapReference();
app.MapCourtSystem();
app.MapMeasures();
app.MapSimulation();
app.MapLive();
app.MapTargets();
app.MapAnnotations();
app.MapRegionMaps();
app.MapCharts();
app.MapPresentation();
app.MapReports();
app.MapIngest();
app.MapYearlyStatistics();
app.MapIngestApi();
app.MapApiReference();

app.Run();
