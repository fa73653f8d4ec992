using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace CourtMetrics.Tests.Ingest;

/// <summary>Who may send batches: administrators create and revoke keys; no key, a wrong or revoked one → 401; limits → 413, 429.</summary>
public sealed class ApiKeyTests(IngestApiApp app) : IClassFixture<IngestApiApp>
{
    private static readonly object PortalDay = new { kind = "portal_use", court = "N-1", day = "2024-07-01", visits = 1 };

    [Fact]
    public async Task An_administrator_creates_a_key_shown_once_and_after_revoking_it_its_batches_get_401()
    {
        using var admin = await app.AdministratorClientAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/api-keys", new { name = "Court CMS", sourceSystem = "court-cms", courts = new[] { "N-1" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await IngestApiApp.JsonAsync(created);
        var key = body.GetProperty("key").GetString()!;
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await IngestApiApp.SendAsync(client, PortalDay)).StatusCode);

        var listed = await admin.GetStringAsync("/api/admin/api-keys");
        Assert.Contains("\"courts\":[\"N-1\"]", listed);
        Assert.Contains(body.GetProperty("prefix").GetString()!, listed);
        Assert.DoesNotContain(key, listed);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/api-keys/{body.GetProperty("id").GetInt32()}")).StatusCode);
        var refused = await IngestApiApp.SendAsync(client, PortalDay);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("The API key is unknown or revoked.", (await IngestApiApp.JsonAsync(refused)).GetProperty("detail").GetString());
        Assert.Contains("\"revokedAt\":\"", await admin.GetStringAsync("/api/admin/api-keys"));
    }

    [Fact]
    public async Task A_key_for_unknown_courts_is_not_created_and_only_administrators_manage_keys()
    {
        using var admin = await app.AdministratorClientAsync();
        var refused = await admin.PostAsJsonAsync("/api/admin/api-keys", new { name = "x", sourceSystem = "x", courts = new[] { "N-1", "Z-7" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("unknown court codes: Z-7", await refused.Content.ReadAsStringAsync());

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/api-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/admin/api-keys", new { name = "x", sourceSystem = "x" })).StatusCode);
    }

    [Theory]
    [InlineData(null, "Send the source system's API key")]
    [InlineData("cmk_notakeyatall000000000000000000", "The API key is unknown or revoked.")]
    public async Task A_batch_without_a_valid_key_is_refused_with_401(string? key, string detail)
    {
        using var client = app.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var before = await app.StoredFactsAsync();

        var response = await IngestApiApp.SendAsync(client, PortalDay);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await IngestApiApp.JsonAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(before, await app.StoredFactsAsync());
    }

    [Fact]
    public async Task A_body_over_the_byte_cap_is_refused_with_413()
    {
        using var client = await app.SourceSystemAsync();
        var padding = new string(' ', IngestApiApp.MaxBodyBytes);
        var body = new StringContent($"{{\"items\": [{padding}]}}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/ingest/batches", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"larger than {IngestApiApp.MaxBodyBytes:N0} bytes", (await IngestApiApp.JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_key_over_its_rate_is_refused_with_429_and_Retry_After_while_another_key_goes_on()
    {
        using var busy = await app.SourceSystemAsync();
        using var other = await app.SourceSystemAsync();
        for (var i = 0; i < IngestApiApp.RequestsPerWindow; i++)
            Assert.Equal(HttpStatusCode.OK, (await IngestApiApp.SendAsync(busy, PortalDay)).StatusCode);

        var refused = await IngestApiApp.SendAsync(busy, PortalDay);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains($"may send {IngestApiApp.RequestsPerWindow} batches per 3,600 s", (await IngestApiApp.JsonAsync(refused)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await IngestApiApp.SendAsync(other, PortalDay)).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_batch_endpoint_with_its_key_scheme_and_examples()
    {
        using var client = app.CreateClient();

        var document = await IngestApiApp.JsonAsync(await client.GetAsync("/openapi/v1.json"));

        var post = document.GetProperty("paths").GetProperty("/api/ingest/batches").GetProperty("post");
        var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal(8, example.GetProperty("items").GetArrayLength());
        Assert.True(post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        foreach (var status in new[] { "400", "401", "413", "429" }) Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), status);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/admin/api-keys", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("scheme").GetString());
        Assert.True(post.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
    }
}
