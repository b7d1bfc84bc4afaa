using CsEtiquette.Samples.SiloHost;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await SiloHostApp.RunAsync(args, Console.Out, Console.Error);
