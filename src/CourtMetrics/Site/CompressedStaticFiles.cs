using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CourtMetrics.Site;

/// <summary>
/// The page's own text files (scripts, styles, HTML, SVG, JSON) answered compressed, each compressed once per
/// version of the file and kept: compressed anew for every request, the vendored ECharts (565 KB) alone cost a
/// dashboard opened cold 150–200 ms. Brotli at its smallest (about a third less than the per-request level) and gzip
/// for clients without it. Only files of wwwroot: API answers carry what users typed and stay uncompressed (BREACH).
/// </summary>
public sealed class CompressedStaticFiles(RequestDelegate next, IWebHostEnvironment environment)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> Compressible =
        ["text/javascript", "application/javascript", "text/css", "text/html", "image/svg+xml", "application/json"];

    // Shared by every app in the process (the test host runs many on the same files); a file's version is its time
    // and length, so an edited file is compressed again.
    private static readonly ConcurrentDictionary<(string Path, DateTimeOffset Modified, long Length, string Encoding), Lazy<byte[]>> Cache = new();

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return next(context);
        var file = environment.WebRootFileProvider.GetFileInfo(request.Path.Value ?? "");
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: not null }
            || !ContentTypes.TryGetContentType(file.Name, out var contentType) || !Compressible.Contains(contentType))
            return next(context);
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        var encoding = Preferred(request.Headers.AcceptEncoding);
        return encoding is null ? next(context) : AnswerAsync(context, file, contentType, encoding);
    }

    private static async Task AnswerAsync(HttpContext context, IFileInfo file, string contentType, string encoding)
    {
        var key = (file.PhysicalPath!, file.LastModified, file.Length, encoding);
        var body = Cache.GetOrAdd(key, k => new Lazy<byte[]>(() => Compress(k.Path, k.Encoding))).Value;
        var response = context.Response;
        var tag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}-{encoding}\"");
        response.Headers.ETag = tag.ToString();
        response.Headers.LastModified = file.LastModified.ToString("R");
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = contentType;
        response.Headers.ContentEncoding = encoding;
        response.ContentLength = body.Length;
        if (HttpMethods.IsGet(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>br, else gzip, as the client's Accept-Encoding allows (a q of 0 refuses); null: send it as it is.</summary>
    internal static string? Preferred(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted)) return null;
        bool Accepts(string name) => accepted.Any(a => (a.Value == name || a.Value == "*") && a.Quality is not 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : null;
    }

    private static byte[] Compress(string path, string encoding)
    {
        using var output = new MemoryStream();
        using (var file = File.OpenRead(path))
        using (Stream compressor = encoding == "br"
                   ? new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true)
                   : new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            file.CopyTo(compressor);
        return output.ToArray();
    }
}
