import UptakeCore
