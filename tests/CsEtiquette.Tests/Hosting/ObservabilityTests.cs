using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CsEtiquette.Complaints;
using CsEtiquette.Diagnostics;
using CsEtiquette.Hosting;
using CsEtiquette.Tests.Assistant;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CsEtiquette.Tests.Hosting;

/// <summary>Meter, ActivitySource, logs and the health check, observed with MeterListener/ActivityListener.</summary>
[Collection(nameof(ObservabilityTests))] // listeners are process-wide
public sealed class ObservabilityTests
{
    private static ServiceProvider Build(CollectingLoggerProvider? logs = null, Action<CsEtiquette.DependencyInjection.EtiquetteOptions>? configure = null)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(TestClock.Morning());
        services.AddLogging(b =>
        {
            if (logs is not null)
            {
                b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
            }
        });

        services.AddCsEtiquette(configure);
        services.AddHealthChecks().AddCsEtiquette();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Suggest_And_CheckDraft_RecordTheInstruments()
    {
        var measurements = new ConcurrentBag<(string Name, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == EtiquetteDiagnostics.MeterName)
            {
                l.EnableMeasurementEvents(i);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, ToDict(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, ToDict(tags))));
        listener.Start();

        using var sp = Build();
        var service = sp.GetRequiredService<ConversationService>();
        var id = "obs-" + Guid.NewGuid().ToString("N");
        await service.SuggestAsync(id, "我收到的保温杯是坏的,太让人生气了!");
        await service.CheckDraftAsync(id, "你等几天吧,我们不能马上解决!!");
        listener.Dispose();

        var mine = measurements.ToList();
        Assert.Contains(mine, m => m.Name == EtiquetteDiagnostics.MessagesAnalyzed && m.Tags["emotion"] is "Angry" or "Dissatisfied" or "Disappointed");
        Assert.Contains(mine, m => m.Name == EtiquetteDiagnostics.SuggestDuration && m.Value >= 0);
        Assert.Contains(mine, m => m.Name == EtiquetteDiagnostics.Findings && m.Tags["rule"] is string rule && rule.StartsWith("CSE", StringComparison.Ordinal));
        Assert.Contains(mine, m => m.Name == EtiquetteDiagnostics.RewritesApplied);
        Assert.Contains(mine, m => m.Name == EtiquetteDiagnostics.ComplaintTransitions
            && (string?)m.Tags["from"] == nameof(ComplaintState.Opened) && (string?)m.Tags["to"] == nameof(ComplaintState.EmotionAcknowledged));
    }

    [Fact]
    public async Task Suggest_StartsAnActivity()
    {
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == EtiquetteDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var sp = Build();
        var id = "act-" + Guid.NewGuid().ToString("N");
        await sp.GetRequiredService<ConversationService>().SuggestAsync(id, "你好，在吗");
        Assert.Contains(activities, a => a.OperationName == "cse.suggest" && (string?)a.GetTagItem("cse.conversation.id") == id);
    }

    [Fact]
    public async Task Logs_NeverCarryCustomerTextAtInformation()
    {
        var logs = new CollectingLoggerProvider();
        using var sp = Build(logs);
        const string secret = "我的手机号13812345678,保温杯坏了太气人了";
        await sp.GetRequiredService<ConversationService>().SuggestAsync("log-1", secret);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("packs loaded", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("log-1", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("13812345678", StringComparison.Ordinal) || e.Message.Contains("保温杯", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthCheck_IsHealthy_WithCounts()
    {
        using var sp = Build();
        var report = await sp.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.True((int)report.Entries["csetiquette"].Data["rules"] > 0);
    }

    [Fact]
    public async Task HealthCheck_BrokenPack_IsUnhealthy_NamingTheOption()
    {
        var path = Path.Combine(Path.GetTempPath(), "cse-broken-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"test\", \"templates\": [ { \"id\": 5 } ] }");
        try
        {
            using var sp = Build(configure: o => o.TemplatePackPaths.Add(path));
            var report = await sp.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            Assert.Equal(HealthStatus.Unhealthy, report.Status);
            Assert.Contains("CsEtiquette:Packs:Templates", report.Entries["csetiquette"].Description, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Dictionary<string, object?> ToDict(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var t in tags)
        {
            d[t.Key] = t.Value;
        }

        return d;
    }
}

internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CollectingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
