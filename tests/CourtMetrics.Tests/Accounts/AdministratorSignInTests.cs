using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Accounts;

public sealed class AdministratorSignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/admin/")]
    [InlineData("/admin/index.html")]
    [InlineData("/admin/jobs")]
    [InlineData("/admin/jobs/recurring")]
    public async Task An_anonymous_visitor_of_an_administration_page_is_sent_to_the_sign_in_page(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in.html?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_program_without_a_session_gets_401_not_a_redirect()
    {
        var response = await app.AnonymousClient().GetAsync("/api/account");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_itself_is_open()
    {
        var response = await app.AnonymousClient().GetAsync("/admin/sign-in.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_administrator_opens_the_administration_pages_and_the_jobs_dashboard()
    {
        var client = await app.AdministratorClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/")).StatusCode);
        var jobs = await client.GetAsync("/admin/jobs/recurring");
        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Contains("full-rebuild", await jobs.Content.ReadAsStringAsync());
        using var me = JsonDocument.Parse(await client.GetStringAsync("/api/account"));
        Assert.Equal(AppFactory.AdministratorName, me.RootElement.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.AdministratorClientAsync();

        await client.PostAsync("/api/account/sign-out", null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var wrongName = await SignInAsync("nobody", AppFactory.AdministratorPassword);
        var wrongPassword = await SignInAsync(AppFactory.AdministratorName, "not the password");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongName.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(await Detail(wrongName), await Detail(wrongPassword));
    }

    [Fact]
    public async Task The_password_is_stored_hashed_never_as_written()
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        var hash = await connection.QuerySingleAsync<string>(
            "SELECT password_hash FROM administrators WHERE user_name = @Name", new { Name = AppFactory.AdministratorName });

        Assert.DoesNotContain(AppFactory.AdministratorPassword, hash);
        Assert.True(Convert.FromBase64String(hash).Length > 32);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password_and_the_lock_is_stated()
    {
        await using (var connection = await app.DataSource.OpenConnectionAsync())
            await connection.ExecuteAsync("INSERT INTO administrators (user_name, password_hash) VALUES ('clerk', @Hash)",
                new { Hash = new Microsoft.AspNetCore.Identity.PasswordHasher<string>().HashPassword("clerk", "clerk password 1") });

        for (var attempt = 1; attempt <= 4; attempt++)
            Assert.DoesNotContain("locked", await Detail(await SignInAsync("clerk", "guess " + attempt)));
        var fifth = await SignInAsync("clerk", "guess 5");
        var right = await SignInAsync("clerk", "clerk password 1");

        Assert.Contains("locked until", await Detail(fifth));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked until", await Detail(right));
    }

    [Theory]
    [InlineData("{\"userName\":\"\",\"password\":\"x\"}", "userName")]
    [InlineData("{\"userName\":\"admin\"}", "password")]
    public async Task A_sign_in_without_name_or_password_is_a_400_naming_the_field(string body, string field)
    {
        var response = await app.AnonymousClient().PostAsync("/api/account/sign-in", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await Detail(response));
    }

    private Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        app.AnonymousClient().PostAsJsonAsync("/api/account/sign-in", new { userName, password });

    private static async Task<string> Detail(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
