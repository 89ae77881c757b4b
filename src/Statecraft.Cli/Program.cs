using Statecraft.Cli.Infrastructure;

return StatecraftApp.Run(args, Console.Out, Console.Error);
