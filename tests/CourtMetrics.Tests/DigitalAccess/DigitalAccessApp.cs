using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.DigitalAccess;

/// <summary>
/// The app on hand-made digital-access facts on CourtSystemFixture (courts 11 North district 600k, 12 North regional 1M,
/// 21 South district 500k; regions North 1M, South 500k inhabitants; civil = 1, criminal = 2), in 2025:
///   case A  court 11 civil     filed 03-03 electronic, AI     disposed 03-20, published 03-25
///   case B  court 11 civil     filed 03-05 paper              disposed 04-10, not published
///   case C  court 11 criminal  filed 03-10 electronic, extraterritorial, pending
///   case D  court 21 civil     filed 03-12 electronic, AI     disposed 03-28, published 04-02
///   case E  court 12 criminal  filed 04-02 paper              disposed 04-20, published 04-21
///   hearings  court 11: 03-04 video, 03-06 in person, 03-11 video; court 21: 03-13 in person; court 12: 04-03 video
///   portal    court 11: 03-01 600, 03-15 300, 04-01 120 visits; court 21: 03-02 250 visits
/// </summary>
public sealed class DigitalAccessApp : AppFactory
{
    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        await this.ExecuteAsync("""
            INSERT INTO cases (source_system, source_id, court_id, category_id, filed_on, disposed_on, filing_channel,
                               extraterritorial, ai_assisted, judgment_published_on) VALUES
                ('fixture', 'A', 11, 1, '2025-03-03', '2025-03-20', 'electronic', false, true,  '2025-03-25'),
                ('fixture', 'B', 11, 1, '2025-03-05', '2025-04-10', 'paper',      false, false, NULL),
                ('fixture', 'C', 11, 2, '2025-03-10', NULL,         'electronic', true,  false, NULL),
                ('fixture', 'D', 21, 1, '2025-03-12', '2025-03-28', 'electronic', false, true,  '2025-04-02'),
                ('fixture', 'E', 12, 2, '2025-04-02', '2025-04-20', 'paper',      false, false, '2025-04-21');
            INSERT INTO hearings (source_system, source_id, court_id, held_on, mode) VALUES
                ('fixture', 'H1', 11, '2025-03-04', 'video'), ('fixture', 'H2', 11, '2025-03-06', 'in_person'),
                ('fixture', 'H3', 11, '2025-03-11', 'video'), ('fixture', 'H4', 21, '2025-03-13', 'in_person'),
                ('fixture', 'H5', 12, '2025-04-03', 'video');
            INSERT INTO portal_use (court_id, day, visits) VALUES
                (11, '2025-03-01', 600), (11, '2025-03-15', 300), (11, '2025-04-01', 120), (21, '2025-03-02', 250);
            """);
        await AggregateAsync();
    }
}
