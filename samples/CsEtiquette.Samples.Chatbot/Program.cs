using CsEtiquette.Samples.Chatbot;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return ChatbotApp.Run(args, Console.In, Console.Out);
