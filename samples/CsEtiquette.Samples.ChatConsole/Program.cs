using CsEtiquette;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine($"CsEtiquette {EtiquetteInfo.Version} — chat console sample (客服聊天控制台示例)");
return 0;
