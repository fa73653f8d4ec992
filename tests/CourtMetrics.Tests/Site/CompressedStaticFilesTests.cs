using System.IO.Compression;
using System.Net;
using CourtMetrics.Site;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Site;

/// <summary>The page's files go out compressed as the browser asks, identical once decompressed; API answers never.</summary>
public sealed class CompressedStaticFilesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string WebRoot = RepositoryLayout.WebRoot(AppContext.BaseDirectory);

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding, string? ifNoneMatch = null, HttpMethod? method = null)
    {
        using var client = app.AnonymousClient();
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("/vendor/echarts.min.js", "gzip, deflate, br, zstd", "br", "text/javascript")]
    [InlineData("/vendor/echarts.min.js", "gzip", "gzip", "text/javascript")]
    [InlineData("/js/main.js", "br;q=0, gzip;q=0.5", "gzip", "text/javascript")]
    [InlineData("/app.css", "*", "br", "text/css")]
    [InlineData("/js/views/charts.json", "br", "br", "application/json")]
    [InlineData("/", "br", "br", "text/html")]
    public async Task A_page_file_comes_in_the_best_encoding_the_browser_takes_and_decompresses_to_the_file(
        string path, string acceptEncoding, string expected, string contentType)
    {
        var file = Path.Combine(WebRoot, path == "/" ? "index.html" : path.TrimStart('/'));
        using var response = await GetAsync(path, acceptEncoding);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.True(body.Length < new FileInfo(file).Length / 2, $"{path}: {body.Length} bytes compressed");
        Assert.Equal(await File.ReadAllBytesAsync(file), Decompress(body, expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    public async Task A_browser_that_takes_no_compression_gets_the_file_as_it_is(string? acceptEncoding)
    {
        using var response = await GetAsync("/js/main.js", acceptEncoding);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebRoot, "js", "main.js")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_the_browser_holds_is_not_sent_again_and_a_head_request_gets_no_body()
    {
        using var first = await GetAsync("/vendor/echarts.min.js", "br");
        var tag = first.Headers.ETag?.ToString();
        Assert.NotNull(tag);
        using var again = await GetAsync("/vendor/echarts.min.js", "br", ifNoneMatch: tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        // The gzip copy is another representation with its own tag.
        using var gzip = await GetAsync("/vendor/echarts.min.js", "gzip", ifNoneMatch: tag);
        Assert.Equal(HttpStatusCode.OK, gzip.StatusCode);

        using var head = await GetAsync("/vendor/echarts.min.js", "br", method: HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("br", Assert.Single(head.Content.Headers.ContentEncoding));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_api_answer_is_never_compressed()
    {
        using var response = await GetAsync("/api/regions", "gzip, br");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
