using System.Text;
using CourtMetrics.CourtSystem;
using CourtMetrics.Ingest;
using CourtMetrics.Site;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// The `./run.sh` commands of a section of docs/real-data.md, run as written (in process, through the commands'
/// own entry points): what the docs tell an administrator to type is what the tests check. $DATA is the public
/// data's folder; paths are the repository's; files the commands write go to a temporary folder.
/// </summary>
public static class DocumentedCommands
{
    private static readonly string Root = RepositoryLayout.Root(AppContext.BaseDirectory);

    /// <summary>The commands of the first sh block under the heading "## {heading}", each as its arguments.</summary>
    public static IReadOnlyList<string[]> Of(string heading)
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "real-data.md"));
        var section = text[(text.IndexOf($"## {heading}", StringComparison.Ordinal) is var at and >= 0 ? at : throw new InvalidOperationException($"no section {heading}"))..];
        var block = section[(section.IndexOf("```sh\n", StringComparison.Ordinal) + 6)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        return block.Split('\n').Where(l => l.StartsWith("./run.sh ")).Select(l => Words(l["./run.sh ".Length..])).ToList();
    }

    public static async Task<string> RunAsync(IServiceProvider services, string heading)
    {
        var data = Path.GetDirectoryName(Path.GetDirectoryName(PublicData.File("br-datajud-tjrr-cases", "README.md")))!;
        var written = Directory.CreateTempSubdirectory("courtmetrics-docs-").FullName;
        var output = new StringWriter();
        foreach (var command in Of(heading))
        {
            var args = command.Select(a => a.Replace("$DATA", data)).ToArray();
            for (var i = 0; i < args.Length; i++)
            {
                if (i > 0 && args[i - 1] == "--rejected-out") args[i] = Path.Combine(written, args[i]);
                else if (!args[i].StartsWith('-') && File.Exists(Path.Combine(Root, args[i]))) args[i] = Path.Combine(Root, args[i]);
            }
            output.WriteLine($"$ ./run.sh {string.Join(' ', command)}");
            var code = args is ["import", "court-system", ..]
                ? await CourtSystemCommand.RunAsync(services, args[2..], output, CancellationToken.None)
                : args is ["import", ..] ? await ImportCommand.RunAsync(services, args[1..], output, terminal: false, CancellationToken.None)
                : throw new InvalidOperationException($"not a command the tests run: {string.Join(' ', command)}");
            Assert.True(code == 0, output.ToString());
        }
        return output.ToString();
    }

    /// <summary>A command line split as a POSIX shell does for plain words and '…' or "…" quotes.</summary>
    public static string[] Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                word.Append(line, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (inWord) words.Add(word.ToString());
        return [.. words];
    }
}
