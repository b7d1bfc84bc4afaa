using CsEtiquette.Samples.AgentDesk;

Console.OutputEncoding = System.Text.Encoding.UTF8;
if (args.Contains("--demo"))
{
    return await AgentDeskApp.DemoAsync(Console.Out);
}

var app = AgentDeskApp.Build(args);
await app.RunAsync();
return 0;
