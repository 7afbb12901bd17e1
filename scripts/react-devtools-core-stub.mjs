// Stands in for react-devtools-core in the bundle: ink loads it only when DEV=true.
export default { initialize() {}, connectToDevTools() {} };
