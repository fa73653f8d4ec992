using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Annotations;
using CourtMetrics.Live;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace CourtMetrics.Tests.Annotations;

public sealed class AnnotationsTests : AppTests
{
    private HttpClient _admin = null!;

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        _admin = await App.AdministratorClientAsync();
    }

    private Task<HttpResponseMessage> AddAsync(string? scope, string? date, string? text) =>
        _admin.PostAsJsonAsync("/api/annotations", new { scope, date, text });

    private async Task<List<string>> TextsAsync(string scope) =>
        (await App.CreateClient().GetFromJsonAsync<List<Annotation>>($"/api/annotations?scope={scope}"))!.Select(a => a.Text).ToList();

    [Fact]
    public async Task A_note_shows_on_its_scope_and_the_scopes_inside_it_oldest_first()
    {
        await AddAsync("nation", "2025-03-01", "e-filing launched nationwide");
        await AddAsync("region:1", "2025-01-15", "North: new registry");
        await AddAsync("court:21", "2025-02-01", "South District 1: two judges retired");

        Assert.Equal(["North: new registry", "e-filing launched nationwide"], await TextsAsync("court:11"));
        Assert.Equal(["South District 1: two judges retired", "e-filing launched nationwide"], await TextsAsync("court:21"));
        Assert.Equal(["e-filing launched nationwide"], await TextsAsync("nation"));
    }

    [Fact]
    public async Task Browsers_hear_when_a_scopes_notes_change_and_removing_one_takes_it_off()
    {
        await using var hub = await App.ConnectHubAsync();
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<string>(nameof(ILiveClient.AnnotationsChanged), s => changed.TrySetResult(s));

        var created = await (await AddAsync("region:2", "2025-05-05", "video hearings in every court")).Content.ReadFromJsonAsync<Annotation>();

        Assert.Equal("region:2", await changed.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/annotations/{created!.Id}")).StatusCode);
        Assert.Empty(await TextsAsync("region:2"));
    }
}
