using CourtMetrics.Targets;

namespace CourtMetrics.Reports;

public static class ReportsSetup
{
    public static void AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => o.IsValid, "Mail: with a Host, Port must be 1–65535, Security none, starttls or tls, and From an e-mail address")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.IsValid, "Webhooks:TimeoutSeconds must be 1–60")
            .ValidateOnStart();
        services.AddSingleton<MailSender>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<DashboardAddress>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<ScheduleCheck>();
        services.AddSingleton<ReportRenderer>();
        services.AddSingleton<ReportJobs>();
        services.AddSingleton<AlertSubscriptions>();
        services.AddScoped<ReportMailer>();
        services.AddScoped<AlertDelivery>();
        services.AddSingleton<IAlertsRaised, AlertDispatch>();
        services.AddHostedService<ReportJobsRegistration>();
    }
}
