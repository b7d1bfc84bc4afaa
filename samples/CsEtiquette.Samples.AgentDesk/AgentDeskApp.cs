using System.Text.Json;
using CsEtiquette.Hosting;
using CsEtiquette.Rewriting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CsEtiquette.Samples.AgentDesk;

/// <summary>
/// The agent desk (客服工作台): an ASP.NET Core minimal API over <see cref="ConversationService"/> plus one static page.
/// <c>POST /api/conversations/{id}/messages</c> analyses a customer message and suggests a reply;
/// <c>POST /api/conversations/{id}/check</c> lints a draft (findings with spans) and offers the rewrite;
/// <c>POST /api/conversations/{id}/send</c> records the reply the agent sent; <c>GET /api/conversations/{id}</c>;
/// <c>GET /health</c>.
/// </summary>
public static class AgentDeskApp
{
    /// <summary>Builds the app from <c>appsettings.json</c> (section <c>CsEtiquette</c>; <c>CsEtiquetteStore:ConnectionString</c>
    /// selects a SQLite file, empty keeps conversations in memory).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        configure?.Invoke(builder);
        builder.Services.AddCsEtiquette(builder.Configuration.GetSection("CsEtiquette"));
        if (builder.Configuration["CsEtiquetteStore:ConnectionString"] is { Length: > 0 } cs)
        {
            builder.Services.AddCsEtiquetteSqliteStore(cs);
        }

        builder.Services.AddHealthChecks().AddCsEtiquette();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AgentDeskJsonContext.Default));

        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapHealthChecks("/health");
        var api = app.MapGroup("/api/conversations/{id}");

        api.MapPost("/messages", async (string id, CustomerMessageRequest request, ConversationService desk, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Text))
            {
                return Results.BadRequest(new ProblemDto("text must not be blank"));
            }

            var s = await desk.SuggestAsync(id, request.Text,
                request.Product is { Length: > 0 } product ? c => c with { Product = product } : null, ct);
            var findings = new List<FindingDto>();
            foreach (var f in s.Lint.Findings)
            {
                findings.Add(FindingDto.From(f));
            }

            return Results.Ok(new SuggestionDto(id, s.Text, s.Issue, s.Analysis is null ? null : AnalysisDto.From(s.Analysis),
                s.Complaint?.State, s.ComplaintStep?.ReplyId, findings, ConversationDto.ToTurns(s.Conversation)));
        });

        api.MapPost("/check", async (string id, DraftRequest request, ConversationService desk, CancellationToken ct) =>
        {
            var check = await desk.CheckDraftAsync(id, request.Text ?? string.Empty, ct);
            var findings = new List<FindingDto>();
            foreach (var f in check.Lint.Findings)
            {
                findings.Add(FindingDto.From(f));
            }

            return Results.Ok(new DraftCheckDto(check.IsClean, findings, check.SuggestedText, RuleIds(check.Rewrite)));
        });

        api.MapPost("/send", async (string id, DraftRequest request, ConversationService desk, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(request.Text)
                ? Results.BadRequest(new ProblemDto("text must not be blank"))
                : Results.Ok(ConversationDto.From(await desk.ApplyAsync(id, request.Text, ct))));

        api.MapGet("/", async (string id, ConversationService desk, CancellationToken ct) =>
            await desk.FindAsync(id, ct) is { } stored ? Results.Ok(ConversationDto.From(stored)) : Results.NotFound(new ProblemDto($"no conversation '{id}'")));
        return app;
    }

    /// <summary>The address Kestrel listens on after <c>StartAsync</c> (for <c>--urls http://127.0.0.1:0</c>).</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The scripted demo: starts on a free loopback port, plays a complaint through the HTTP API, prints each step.</summary>
    public static async Task<int> DemoAsync(TextWriter output)
    {
        await using var app = Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = Address(app) };
        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        output.WriteLine($"page: {(page.Contains("agent-desk", StringComparison.Ordinal) ? "OK" : "MISSING")}");
        foreach (var message in new[] { "我收到的保温杯是坏的,太让人生气了!", "订单号是2026112412345678" })
        {
            var r = await Post(http, "/api/conversations/demo-1/messages", new CustomerMessageRequest(message, "保温杯"), AgentDeskJsonContext.Default.CustomerMessageRequest);
            using var doc = JsonDocument.Parse(r);
            output.WriteLine($"客户> {message}");
            output.WriteLine($"  analysis: {doc.RootElement.GetProperty("analysis").GetProperty("emotion").GetString()} / {doc.RootElement.GetProperty("analysis").GetProperty("intent").GetString()}; complaint: {doc.RootElement.GetProperty("complaint").GetString()}");
            output.WriteLine($"建议> {doc.RootElement.GetProperty("suggestion").GetString()}");
        }

        var check = await Post(http, "/api/conversations/demo-1/check", new DraftRequest("你等几天吧,我们不能马上解决!!"), AgentDeskJsonContext.Default.DraftRequest);
        using (var doc = JsonDocument.Parse(check))
        {
            var rules = string.Join(",", doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
            output.WriteLine($"草稿> 你等几天吧,我们不能马上解决!!  findings: {rules}");
            var rewritten = doc.RootElement.GetProperty("rewritten").GetString()!;
            output.WriteLine($"改写> {rewritten}");
            await Post(http, "/api/conversations/demo-1/send", new DraftRequest(rewritten), AgentDeskJsonContext.Default.DraftRequest);
        }

        var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
        output.WriteLine($"health: {(int)health.StatusCode} {await health.Content.ReadAsStringAsync()}");
        await app.StopAsync();
        return health.IsSuccessStatusCode ? 0 : 1;
    }

    private static async Task<string> Post<T>(HttpClient http, string path, T body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body, info), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        }

        return text;
    }

    private static List<string> RuleIds(RewriteResult rewrite)
    {
        var ids = new List<string>();
        foreach (var e in rewrite.Edits)
        {
            if (!ids.Contains(e.RuleId))
            {
                ids.Add(e.RuleId);
            }
        }

        return ids;
    }
}
