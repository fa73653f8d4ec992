using System.Security.Claims;
using CourtMetrics.Charts;
using CourtMetrics.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Reports;

/// <summary>Where alerts are delivered (e-mail addresses, webhooks), and the log of every delivery, under the reports group.</summary>
public static class AlertSubscriptionsEndpoints
{
    public const int MaxUrlLength = 2000;

    public static void MapAlertSubscriptions(this RouteGroupBuilder api)
    {
        api.MapGet("/subscriptions", ListAsync)
            .WithName("GetAlertSubscriptions").WithSummary("Every alert subscription, without the webhooks' secrets (administrators).");
        api.MapPost("/subscriptions", CreateAsync)
            .WithName("CreateAlertSubscription").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary($"Subscribes an e-mail address or an http(s) webhook to alerts, in en, kk or ru (at most {AlertSubscriptions.MaxSubscriptions}); a webhook's signing secret is in this answer only (administrators).");
        api.MapDelete("/subscriptions/{id:int}", DeleteAsync)
            .WithName("DeleteAlertSubscription").WithSummary("Removes an alert subscription (administrators).");
        api.MapGet("/deliveries", DeliveriesAsync)
            .WithName("GetDeliveries").WithSummary($"The newest deliveries of reports and alerts, sent or failed, with the attempt and the error; limit 1–{DeliveryLog.MaxListed}, default 50 (administrators).");
    }

    private static async Task<Ok<IReadOnlyList<AlertSubscription>>> ListAsync(AlertSubscriptions subscriptions) =>
        TypedResults.Ok(await subscriptions.ListAsync());

    private static async Task<Results<Created<CreatedSubscription>, ValidationProblem>> CreateAsync(SubscriptionRequest request, ClaimsPrincipal user,
        AlertSubscriptions subscriptions, IOptions<WebhookOptions> webhooks, HttpContext http)
    {
        if (request.Kind is null || !AlertSubscriptions.Kinds.Contains(request.Kind)) return Refused(http, "kind", "subscriptionKind");
        var address = request.Address?.Trim() ?? "";
        if (request.Kind == "email" && !MailSender.IsAddress(address)) return Refused(http, "address", "notAnAddress", ImageOptions.Truncate(address));
        if (request.Kind == "webhook")
        {
            if (address.Length > MaxUrlLength || !Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
                || url.UserInfo.Length > 0)
                return Refused(http, "address", "webhookUrl", ImageOptions.Truncate(address), MaxUrlLength);
            if (!webhooks.Value.AllowPrivateAddresses && InternalAddresses.Named(url))
                return Refused(http, "address", "webhookInternal", url.Host);
        }
        if (request.Language is null || !ChartDefinitions.Languages.Contains(request.Language)) return Refused(http, "language", "reportLanguage");
        var existing = await subscriptions.ListAsync();
        if (existing.Any(s => s.Kind == request.Kind && s.Address == address)) return Refused(http, "address", "subscriptionExists", address);
        if (existing.Count >= AlertSubscriptions.MaxSubscriptions
            || await subscriptions.CreateAsync(request.Kind, address, request.Language, user.Identity!.Name!) is not { } created)
            return Refused(http, "address", "subscriptionsCap", AlertSubscriptions.MaxSubscriptions);
        return TypedResults.Created($"/api/admin/reports/subscriptions/{created.Id}", created);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, AlertSubscriptions subscriptions, HttpContext http) =>
        await subscriptions.DeleteAsync(id) ? TypedResults.NoContent() : ProblemAnswers.NotFound(Messages.Say(http, "noSubscription", id));

    private static async Task<Ok<IReadOnlyList<Delivery>>> DeliveriesAsync(int? limit, DeliveryLog log) =>
        TypedResults.Ok(await log.NewestAsync(Math.Clamp(limit ?? 50, 1, DeliveryLog.MaxListed)));

    private static ValidationProblem Refused(HttpContext http, string field, string key, params object?[] args) =>
        ReportsEndpoints.Refused(http, new FieldRefusal(field, key, args));
}
