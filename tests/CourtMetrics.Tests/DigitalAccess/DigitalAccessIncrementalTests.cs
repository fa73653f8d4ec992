using CourtMetrics.Jobs;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CourtMetrics.Tests.DigitalAccess;

/// <summary>Changes to hearings, portal use and case flags recompute only what they touch, and match a rebuild.</summary>
public sealed class DigitalAccessIncrementalTests : IAsyncLifetime
{
    private const string Family = "digital-access";
    private readonly DigitalAccessApp _app = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private Task<PublishedVersion?> AggregateAsync() => _app.AggregateAsync();

    [Fact]
    public async Task A_hearing_alone_publishes_a_data_version_for_its_court()
    {
        await _app.ExecuteAsync("INSERT INTO hearings (source_system, source_id, court_id, held_on, mode) VALUES ('fixture', 'H6', 21, '2025-03-13', 'video')");

        var published = await AggregateAsync();

        Assert.Equal([21], published?.CourtIds ?? []);
        var march = await _app.CreateClient().RangeAsync(Family, "2025-03-01", "2025-03-31");
        march.Is("video_hearing_share", 3 / 5.0);   // H1 H3 H6 of five
    }

    [Fact]
    public async Task Changed_hearings_visits_and_case_flags_move_the_measures_and_equal_a_full_rebuild()
    {
        await _app.ExecuteAsync("""
            INSERT INTO hearings (source_system, source_id, court_id, held_on, mode) VALUES ('fixture', 'H6', 21, '2025-03-13', 'video');
            UPDATE hearings SET mode = 'video' WHERE source_id = 'H2';
            DELETE FROM hearings WHERE source_id = 'H5';
            UPDATE portal_use SET visits = 900 WHERE court_id = 11 AND day = '2025-03-01';
            INSERT INTO portal_use (court_id, day, visits) VALUES (21, '2025-04-05', 30);
            UPDATE cases SET judgment_published_on = '2025-04-15' WHERE source_id = 'B';
            UPDATE cases SET ai_assisted = true WHERE source_id = 'C';
            UPDATE cases SET filing_channel = 'electronic' WHERE source_id = 'E';
            """);
        await AggregateAsync();
        var incremental = await _app.DigestAsync("digital_access_daily", "digital_access_monthly");

        var http = _app.CreateClient();
        var march = await http.RangeAsync(Family, "2025-03-01", "2025-03-31");
        march.Is("video_hearing_share", 4 / 5.0);                                    // H1 H2 H3 H6 of five
        march.Is("portal_visits_per_1000", 1000 * (900 + 300 + 250) / 1_500_000.0);
        march.Is("ai_assisted_share", 3 / 4.0);                                      // A C D of A B C D
        var april = await http.RangeAsync(Family, "2025-04-01", "2025-04-30");
        april.Is("video_hearing_share", null);                                       // H5 is gone
        april.Is("portal_visits_per_1000", 1000 * (120 + 30) / 1_500_000.0);
        april.Is("judgments_published_share", 1.0);                                  // B and E
        april.Is("e_filing_share", 1.0);                                             // E

        await _app.RebuildAsync();

        Assert.Equal(incremental, await _app.DigestAsync("digital_access_daily", "digital_access_monthly"));
    }
}
