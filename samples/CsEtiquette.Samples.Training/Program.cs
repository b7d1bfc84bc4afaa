// A role-play drill driven from code (the API behind `cse drill`): the customer speaks, the trainee answers, the
// session judges each reply and branches; then a quiz paper is generated and marked.
// `--demo` plays a scripted trainee; without it, type your replies (an empty line stops).
using CsEtiquette.Training;

var demo = args.Contains("--demo");
var pack = TrainingPack.Default;
var scenario = pack.Find("return-out-of-window")!;
var session = new DrillSession(scenario, pack, seed: 1);
string[] scripted =
[
    "理解您想退货的心情。您的订单签收已有20天，超出了七天无理由退货的期限；不过如果商品有质量问题，我们可以为您申请售后检测和维修。",
    "有异响属于质量问题，您录一段异响的视频发给我，我马上为您申请售后检测，审核通过后可以换货或维修，24小时内给您回复。",
];

Console.WriteLine($"【{scenario.Title}】{scenario.Persona}");
var i = 0;
while (!session.IsFinished)
{
    Console.WriteLine($"客户：{session.CustomerMessage}");
    var reply = demo ? (i < scripted.Length ? scripted[i++] : string.Empty) : Console.ReadLine();
    if (string.IsNullOrWhiteSpace(reply))
    {
        break;
    }

    if (demo)
    {
        Console.WriteLine($"客服：{reply}");
    }

    var turn = session.Answer(reply);
    Console.WriteLine($"  → {(turn.IsGood ? "好" : "需改进")} {turn.Score} 分 {string.Join("；", turn.Coaching)}");
}

var result = session.Result();
Console.WriteLine($"总分 {result.Score}，{(result.Passed ? "通过" : "未通过")}{(result.Missed.Count > 0 ? "，未做到：" + string.Join("、", result.Missed.Select(pack.TitleOf)) : string.Empty)}");

var quiz = new Quiz(pack);
var paper = quiz.Generate(seed: 7, count: 3);
foreach (var q in paper.Questions)
{
    Console.WriteLine($"{q.Number}. {q.Prompt} {string.Join(" ", q.Options)}");
}

var marked = quiz.Grade(paper, paper.Questions.Select(q => q.Kind == QuizKind.RewriteThisLine ? "您好，我们会在24小时内为您处理，请您放心。" : q.Answer).ToArray());
Console.WriteLine($"测验 {marked.Correct}/{marked.Total}，{marked.Score} 分");
return demo && !(result.Passed && marked.Score == 100) ? 1 : 0;
