print("vigil: under construction")
