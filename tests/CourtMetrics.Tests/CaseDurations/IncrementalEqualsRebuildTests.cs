using CourtMetrics.Tests.Support;
using Dapper;
using Npgsql;

namespace CourtMetrics.Tests.CaseDurations;

/// <summary>
/// Random writes in batches — new cases (open or decided), dispositions set, moved or withdrawn, reopenings, cases
/// moved to another court or category, deletions, a category's longest time standard changed — with the incremental aggregation after each batch; every few
/// batches and at the end, every family's incremental tables must equal a full rebuild, and the nation's rows (court 0) the sums of its courts'.
/// Deterministic per seed; a failure names the seed and the batch.
/// </summary>
public sealed class IncrementalEqualsRebuildTests : AppTests
{
    protected override async Task SeedAsync()
    {
        await DurationFixture.SeedAsync(App.DataSource);
    }

    [Theory]
    [InlineData(20261125, 400)]
    [InlineData(7, 250)]
    public async Task Random_inserts_updates_reopenings_and_deletes_aggregate_to_the_rebuild(int seed, int operations)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        int[] courts = [11, 12, 21];
        var next = 0;
        var done = 0;
        var batch = 0;
        await using var connection = await App.DataSource.OpenConnectionAsync();
        var context = () => $"seed {seed}, batch {batch}: ";
        while (done < operations)
        {
            batch++;
            var size = random.Next(1, 40);
            for (var i = 0; i < size && done < operations; i++, done++)
            {
                var ids = (await connection.QueryAsync<long>("SELECT id FROM cases ORDER BY id")).ToList();
                var id = ids.Count > 0 ? ids[random.Next(ids.Count)] : 0;
                // Days after filing: mostly short, sometimes long, sometimes the same day (0).
                var duration = random.Next(4) == 0 ? random.Next(0, 900) : random.Next(0, 120);
                switch (random.Next(10))
                {
                    case 0 or 1 or 2: // a new case, decided or not
                        var filed = start.AddDays(random.Next(0, 700));
                        await connection.ExecuteAsync("""
                            INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel,
                                               extraterritorial, ai_assisted, judgment_published_on)
                            VALUES ('random', @Id, @Court, @Category, @Filed::date, @Disposed::date, @Channel, @Extra, @Ai,
                                    CASE WHEN @Published THEN @Disposed::date END)
                            """, new
                        {
                            Id = $"R{next++}", Court = courts[random.Next(3)], Category = (short)random.Next(1, 3), Filed = $"{filed:yyyy-MM-dd}",
                            Disposed = random.Next(2) == 0 ? null : $"{filed.AddDays(duration):yyyy-MM-dd}",
                            Channel = random.Next(2) == 0 ? "electronic" : "paper", Extra = random.Next(4) == 0,
                            Ai = random.Next(3) == 0, Published = random.Next(2) == 0,
                        });
                        break;
                    case 3 or 4: // set or change a disposition date
                        await connection.ExecuteAsync("UPDATE cases SET disposed_on = filed_on + @Duration WHERE id = @Id", new { Id = id, Duration = duration });
                        break;
                    case 5: // reopen (withdraw the disposition)
                        await connection.ExecuteAsync("UPDATE cases SET disposed_on = NULL WHERE id = @Id", new { Id = id });
                        break;
                    case 6: // correct the filing date, keeping the disposition after it
                        await connection.ExecuteAsync("""
                            UPDATE cases SET filed_on = least(filed_on + @Shift, coalesce(disposed_on, filed_on + @Shift)) WHERE id = @Id
                            """, new { Id = id, Shift = random.Next(-40, 40) });
                        break;
                    case 7: // moved to another court or category
                        await connection.ExecuteAsync("UPDATE cases SET court_id = @Court, category_id = @Category WHERE id = @Id",
                            new { Id = id, Court = courts[random.Next(3)], Category = (short)random.Next(1, 3) });
                        break;
                    case 8: // several cases decided on one day, in one statement
                        await connection.ExecuteAsync("""
                            UPDATE cases SET disposed_on = greatest(filed_on, @Day::date)
                            WHERE id IN (SELECT id FROM cases WHERE disposed_on IS NULL ORDER BY id LIMIT 3)
                            """, new { Day = $"{start.AddDays(random.Next(0, 900)):yyyy-MM-dd}" });
                        break;
                    default:
                        await connection.ExecuteAsync("DELETE FROM cases WHERE id = @Id", new { Id = id });
                        break;
                }
            }
            if (batch % 5 == 0)
            {
                // The longest time standard of one category changes: its backlog is counted again with the new age.
                await connection.ExecuteAsync("""
                    UPDATE time_standards SET within_days = @Days
                    WHERE category_id = @Category AND within_days = (SELECT max(within_days) FROM time_standards WHERE category_id = @Category)
                    """, new { Category = (short)(batch / 5 % 2 + 1), Days = random.Next(541, 900) }); // above the other tiers of both categories
            }
            await App.AggregateAsync();
            if (batch % 4 == 0 || done == operations)
            {
                Assert.Empty(await AggregateTables.NationalRowsOffAsync(App.DataSource));
                var incremental = await AggregateTables.ReadAsync(App.DataSource);
                await App.RebuildAsync();
                AggregateTables.AssertEqual(await AggregateTables.ReadAsync(App.DataSource), incremental, context());
            }
        }
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM case_duration_monthly") > 0, context() + "no histogram rows");

        // The rebuild left every day pending, read from cases; the kept days (0037) read the same.
        var fromCases = await DurationDaysTests.EveryGridAsync(App, new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 30));
        await App.FillDurationDaysAsync();
        Assert.Equal(fromCases, await DurationDaysTests.EveryGridAsync(App, new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 30)));
    }
}
