using CourtMetrics.Live;

namespace CourtMetrics.Tests.Live;

/// <summary>What the change feed makes of a notification's payload; anything it cannot read means "everything changed".</summary>
[Trait("Category", "Unit")]
public sealed class NotificationParsingTests
{
    [Fact]
    public void A_data_version_names_its_number_its_time_and_its_courts()
    {
        var change = ChangeFeed.Parse("""{"version": 7, "computed_at": "2028-02-29T10:00:00.5+00:00", "courts": [21, 11]}""");

        Assert.Equal((7L, new DateTimeOffset(2028, 2, 29, 10, 0, 0, 500, TimeSpan.Zero)), (change.Version, change.AsOf));
        Assert.Equal([11, 21], change.CourtIds!.Order());
    }

    [Fact]
    public void A_version_without_courts_touched_everything()
    {
        var change = ChangeFeed.Parse("""{"version": 8, "computed_at": "2028-02-29T10:00:00+00:00", "courts": null}""");

        Assert.Equal(8, change.Version);
        Assert.Null(change.CourtIds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"courts": [1]}""")]
    [InlineData("""{"version": "seven", "computed_at": "2028-02-29T10:00:00+00:00"}""")]
    [InlineData("""{"version": 9, "computed_at": "yesterday"}""")]
    [InlineData("""{"version": 9}""")]
    public void A_payload_it_cannot_read_means_everything_changed(string payload) =>
        Assert.Same(DataChange.Everything, ChangeFeed.Parse(payload));

    [Theory]
    [InlineData("""{"alerts": [3, 4]}""", 2, false, null)]
    [InlineData("""{"targets": true}""", 0, true, null)]
    [InlineData("""{"annotations": "court:11"}""", 0, false, "court:11")]
    public void A_notice_says_which_alerts_were_raised_or_what_was_edited(string payload, int alerts, bool targets, string? scope)
    {
        var notice = Notice.Parse(payload)!;

        Assert.Equal((alerts, targets, scope), (notice.AlertIds.Count, notice.TargetsChanged, notice.AnnotationsScope));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"targets": false}""")]
    [InlineData("""{"alerts": []}""")]
    [InlineData("[1, 2]")]
    [InlineData("{")]
    public void A_notice_that_says_nothing_is_ignored(string payload) => Assert.Null(Notice.Parse(payload));
}
